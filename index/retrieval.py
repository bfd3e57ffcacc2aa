"""Hybrid retrieval: dense (Chroma) and BM25 rankings, fused by reciprocal rank."""

from __future__ import annotations

from index.models import ScoredChunk
from index.sparse import rrf


def hybrid_retrieve(corpus, question: str, k: int) -> list[ScoredChunk]:
    """The k best passages; ids the database no longer knows (stale vectors) are skipped."""
    depth = max(3 * k, 20)
    vector = corpus.embedder.embed([question])[0]
    dense = corpus.vectors.query(vector, depth)
    sparse = corpus.sparse.search(question, depth) if corpus.sparse else []
    dense_ids = [cid for cid, _ in dense]
    sparse_ids = [cid for cid, _ in sparse]
    fused = rrf([dense_ids, sparse_ids])
    chunks = {c.id: c for c in corpus.chunks_by_ids([cid for cid, _ in fused[: k * 2]])}
    dense_rank = {cid: i for i, cid in enumerate(dense_ids, 1)}
    dense_score = dict(dense)
    sparse_rank = {cid: i for i, cid in enumerate(sparse_ids, 1)}
    out = [
        ScoredChunk(chunks[cid], score, dense_rank.get(cid), sparse_rank.get(cid), dense_score.get(cid))
        for cid, score in fused
        if cid in chunks
    ]
    return out[:k]
