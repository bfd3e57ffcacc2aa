"""Hybrid retrieval: dense (Chroma) and BM25 rankings, fused by reciprocal rank; and the
question-to-sentence similarities the answerer needs, from vectors stored at ingest.
"""

from __future__ import annotations

import re
from functools import cache
from collections.abc import Sequence

import numpy as np

from index import sentence_vectors
from index.models import Chunk, ScoredChunk, Span
from index.sparse import rrf
from index.vocabulary import vocabulary

_WORD = re.compile(r"[a-z]+")
_COUNTS = re.compile(r"\bhow\s+(?:many|much)\b|\bnumber\s+of\b", re.I)  # (as bot/answering/paraphrase.py COUNTS)


def with_same_things(question: str) -> str:
    """The question for BM25 with the other one-word nouns of each `same_things` group it uses:
    "how many jobs" also finds "nineteen posts would go", which shares no other word with it."""
    counting = bool(_COUNTS.search(question))  # ("what job does she hold" asks for no count of posts)
    words = set(_WORD.findall(question.lower()))
    # (a word marked "~" is looked for, never read from the question: "post office" asks for no job)
    extra = [w.lstrip("~") for group in vocabulary().same_things if words & {g for g in group if not g.startswith("~")}
             for w in group if " " not in w and w.lstrip("~") not in words and (counting or not w.startswith("~"))]
    extra += _spelled_out_jobs(words)
    return f"{question} {' '.join(dict.fromkeys(extra))}" if extra else question


def _spelled_out_jobs(words: set[str]) -> list[str]:
    """"what did the md say": the words of the job a short form's letters stand for ("managing
    director", `role_groups`), for the paragraph that spells it out and shares no other word."""
    spelled = _job_short_forms()
    return [w for short, spelled_out in spelled.items() if short in words for w in spelled_out if w not in words]


@cache
def _job_short_forms() -> dict[str, tuple[str, ...]]:
    """Each short form of a job in `role_groups` -> the words of the jobs of its group its letters stand
    for (read once: every question is searched with it)."""
    out: dict[str, list[str]] = {}
    for group in vocabulary().role_groups:
        for short in group:
            if " " in short or len(short) < 2:
                continue
            for long in group:
                parts = long.split()
                if len(parts) >= 2 and "".join(w[0] for w in parts) == short:
                    out.setdefault(short, []).extend(parts)
    return {short: tuple(words) for short, words in out.items()}


def dense_depth(k: int) -> int:
    """Passages each ranking (dense, BM25) gives the fusion, for k retrieved."""
    return max(3 * k, 20)


def hybrid_retrieve(corpus, question: str, k: int) -> list[ScoredChunk]:
    """The k best passages; ids the database no longer knows (stale vectors) are skipped."""
    depth = dense_depth(k)
    # BM25 first: it needs no vector, so it runs while the question is embedded and searched
    # on the worker thread (index/question_vectors.py).
    sparse = corpus.sparse.search(with_same_things(question), depth) if corpus.sparse else []
    dense = corpus.nearest(question, depth)
    dense_ids = [cid for cid, _ in dense]
    sparse_ids = [cid for cid, _ in sparse]
    fused = rrf([dense_ids, sparse_ids])
    # The k best, read first; the next k only if some of those are gone (stale vectors): most
    # answers decode half the chunks.
    chunks = {c.id: c for c in corpus.chunks_by_ids([cid for cid, _ in fused[:k]])}
    if len(chunks) < min(k, len(fused)):
        chunks.update((c.id, c) for c in corpus.chunks_by_ids([cid for cid, _ in fused[k : k * 2]]))
    dense_rank = {cid: i for i, cid in enumerate(dense_ids, 1)}
    dense_score = dict(dense)
    sparse_rank = {cid: i for i, cid in enumerate(sparse_ids, 1)}
    out = [
        ScoredChunk(chunks[cid], score, dense_rank.get(cid), sparse_rank.get(cid), dense_score.get(cid))
        for cid, score in fused
        if cid in chunks
    ][:k]
    return out + _nearest_in_meaning(corpus, dense, out, dict(fused), sparse_rank)


def _nearest_in_meaning(corpus, dense: list[tuple[str, float]], out: list[ScoredChunk], fused: dict[str, float],
                        sparse_rank: dict[str, int]) -> list[ScoredChunk]:
    """The passage nearest the question in meaning, read even when fusion leaves it out: a question in
    other words than the article's ("lost their jobs" / "rendered jobless", "workers" / "labourers")
    shares few terms with it, so BM25 ranks it far down and the fused rank falls below k."""
    if not dense or any(s.chunk.id == dense[0][0] for s in out):
        return []
    cid, similarity = dense[0]
    found = corpus.chunks_by_ids([cid])
    return [ScoredChunk(found[0], fused.get(cid, 0.0), 1, sparse_rank.get(cid), similarity, by_meaning_only=True)] if found else []


def sentence_similarities(corpus, question: str, sentences: Sequence[tuple[Chunk, Span]]) -> list[float] | None:
    """Cosine of the question to each sentence, from the vectors stored at ingest (a whole-chunk
    sentence's is its chunk's); only a sentence neither the table nor the vector store holds (an
    index being repaired) is embedded here."""
    if not sentences or not hasattr(corpus.embedder, "embed"):
        return None
    with corpus._lock:
        stored = sentence_vectors.read(corpus.conn, [c.id for c, _ in sentences])
    vectors: list[np.ndarray | None] = [stored.get((c.id, s.start, s.end)) for c, s in sentences]
    # A whole-chunk sentence an older whosaid ingested has its chunk's vector in the vector store only.
    whole = [i for i, v in enumerate(vectors) if v is None and sentence_vectors.is_whole_chunk(*sentences[i])]
    if whole:
        chunk_vectors = corpus.vectors.get_vectors([sentences[i][0].id for i in whole])
        for i in whole:
            vectors[i] = chunk_vectors.get(sentences[i][0].id)
    missing = [i for i, v in enumerate(vectors) if v is None]
    if missing:
        fresh = corpus.embedder.embed([sentence_vectors.sentence_text(*sentences[i]) for i in missing])
        for i, v in zip(missing, fresh):
            vectors[i] = v
    matrix = np.stack(vectors)
    return [float(x) for x in matrix @ corpus.question_vector(question)]
