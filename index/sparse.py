"""The BM25 index, persisted beside the vectors and stamped with the corpus generation it
was built from, so a stale or half-written one is detected and rebuilt.

Scores are bm25s's (Lucene variant, k1 = 1.5, b = 0.75, the same tokens: bm25s's splitting,
English stopwords, the Snowball stemmer), but computed at query time from term frequencies
instead of from a precomputed score matrix. That is what makes the index incremental: every
score depends on the document count and mean length, so bm25s must re-score every document
when one article is added (1-2 s at 10,000 articles); here an ingest appends the new chunks'
postings and drops the removed ones (`updated`). A question reads only its terms' postings.
"""

from __future__ import annotations

import importlib.util
import json
import logging
import math
import os
import re
import shutil
import sys
import tempfile
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
from cachetools import LRUCache

from index.textnorm import fold, unmarked

STAMP = "whosaid.json"
ARRAYS = "postings.npz"
FORMAT = 4  # 1 was a bm25s folder, 2 kept diacritics in terms, 3 lacked turn speakers: all are rebuilt
K1, B = 1.5, 0.75  # bm25s's defaults
_TOKEN = re.compile(r"(?u)\b\w\w+\b")  # bm25s.tokenize's token_pattern
# bm25s sets its own logger to DEBUG on import; keep its chatter out of users' terminals.
logging.getLogger("bm25s").setLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    """bm25s's English stop words, its module read on its own: importing the bm25s package (its
    scorers, tqdm, its scipy, numba and jax probes) for this one tuple cost 50-100 ms of every
    cold `whosaid ask`. Its module imports nothing; if that changes, the package is imported."""
    module = sys.modules.get("bm25s.stopwords")
    if module is None:
        try:
            package = importlib.util.find_spec("bm25s")  # found, not imported
            spec = importlib.util.spec_from_file_location("whosaid_bm25s_stopwords",
                                                          Path(package.origin).parent / "stopwords.py")
            module = importlib.util.module_from_spec(spec)
            spec.loader.exec_module(module)
            module.STOPWORDS_EN  # noqa: B018 (the list is there)
        except Exception:  # another layout of the package
            import bm25s.stopwords as module

            logging.getLogger("bm25s").setLevel(logging.WARNING)
    return frozenset(module.STOPWORDS_EN)


def terms_of(text: str) -> list[str]:
    """BM25 terms of a text, exactly as bm25s.tokenize(stopwords="en", stemmer=Snowball) gives them."""
    stop = _stopwords()
    words = [w for w in _TOKEN.findall(unmarked(fold(text)).lower()) if w not in stop]
    return _stemmer().stemWords(words) if words else []


def _terms_of_many(texts: Sequence[str]) -> list[list[str]]:
    """`terms_of` for many texts, stemming each distinct word once (as bm25s.tokenize does)."""
    stop = _stopwords()
    words = [[w for w in _TOKEN.findall(unmarked(fold(t)).lower()) if w not in stop] for t in texts]
    distinct = list({w for ws in words for w in ws})
    stem = dict(zip(distinct, _stemmer().stemWords(distinct)))
    return [[stem[w] for w in ws] for ws in words]


# Irregular past forms the stemmer leaves alone, so "met" matches "meet" and "spoke" "speak".
_IRREGULAR = {
    "met": "meet", "spoke": "speak", "spoken": "speak", "told": "tell", "held": "hold", "began": "begin",
    "begun": "begin", "sought": "seek", "thought": "think", "brought": "bring", "gave": "give",
    "given": "give", "took": "take", "taken": "take", "made": "make", "wrote": "write", "written": "write",
    "came": "come", "went": "go", "gone": "go", "saw": "see", "seen": "see", "knew": "know", "known": "know",
    "led": "lead", "left": "leav", "sent": "send", "won": "win", "lost": "lose", "kept": "keep",
    "meant": "mean", "chose": "choos", "chosen": "choos", "broke": "break", "broken": "break",
    "fought": "fight", "flew": "fli", "rose": "rise", "fell": "fall", "struck": "strike", "stood": "stand",
}


def stem_terms(text: str) -> list[str]:
    """The BM25 terms of a text (lowercase, stopwords out, stemmed), for lexical scoring."""
    return [_IRREGULAR.get(t, t) for t in terms_of(text)]


class DocFreq:
    """Read-only `term -> number of chunks containing it` over an index's postings."""

    def __init__(self, term_id: dict[str, int], df: np.ndarray):
        self._term_id, self._df = term_id, df

    def get(self, term: str, default: int = 0) -> int:
        i = self._term_id.get(term)
        return default if i is None or not self._df[i] else int(self._df[i])

    def __getitem__(self, term: str) -> int:
        value = self.get(term)
        if not value:
            raise KeyError(term)
        return value

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.get(term) > 0


class SparseIndex:
    """BM25 over chunk texts; `ids[i]` is the chunk id of document i.

    Postings are a term-major (CSC) matrix of term frequencies: the documents of term t are
    `indices[indptr[t]:indptr[t + 1]]`, their counts `tf[...]` at the same positions.
    """

    def __init__(self, ids: Sequence[str], generation: int, vocab: Sequence[str],
                 indptr: np.ndarray, indices: np.ndarray, tf: np.ndarray, lengths: np.ndarray):
        self.ids = list(ids)
        self.generation = generation
        self.vocab = list(vocab)
        self._term_id = {t: i for i, t in enumerate(self.vocab)}
        self.indptr, self.indices, self.tf, self.lengths = indptr, indices, tf, lengths
        self.n_docs = max(len(self.ids), 1)
        self._df = np.diff(indptr)
        self.df = DocFreq(self._term_id, self._df)
        mean = float(lengths.mean()) if len(lengths) else 0.0
        # The length part of BM25's denominator, per document, computed once per index.
        self._norm = (K1 * (1 - B + B * lengths / mean)).astype(np.float32) if mean > 0 else np.full(len(lengths), K1, np.float32)
        # An answer may search its question twice: ahead of retrieval, to parse the sentences it will
        # likely read (bot/answering/parse_ahead.py), then in the retrieval itself. This index never changes.
        self._recent: LRUCache = LRUCache(maxsize=8)
        self._recent_lock = threading.Lock()
        self._by_doc: tuple | None = None  # the postings document-major, built on first use (`stems_of`)

    @classmethod
    def empty(cls, generation: int = 0) -> "SparseIndex":
        return cls([], generation, [], np.zeros(1, np.int64), np.zeros(0, np.int32), np.zeros(0, np.float32),
                   np.zeros(0, np.float32))

    def idf(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))

    @classmethod
    def build(cls, ids: Sequence[str], texts: Sequence[str], generation: int) -> "SparseIndex":
        return cls.empty(generation).updated([], ids, texts, generation)

    def updated(self, removed: Iterable[str], ids: Sequence[str], texts: Sequence[str], generation: int) -> "SparseIndex":
        """A new index: this one without the `removed` chunk ids, plus (ids, texts). Costs the
        new texts' tokenising and one pass over the postings arrays, not a re-score of all."""
        drop = set(removed) | set(ids)
        keep = np.fromiter((cid not in drop for cid in self.ids), dtype=bool, count=len(self.ids))
        kept_ids = [cid for cid, k in zip(self.ids, keep) if k]
        new_index = np.cumsum(keep, dtype=np.int64) - 1
        terms = np.repeat(np.arange(len(self.vocab), dtype=np.int32), self._df)
        alive = keep[self.indices] if len(self.indices) else np.zeros(0, dtype=bool)
        parts_docs, parts_terms, parts_tf = [new_index[self.indices[alive]].astype(np.int32)], [terms[alive]], [self.tf[alive]]
        vocab, term_id = list(self.vocab), dict(self._term_id)
        tokens = _terms_of_many(texts)
        flat = []
        for doc_terms in tokens:
            for term in doc_terms:
                t = term_id.get(term)
                if t is None:
                    t = term_id[term] = len(vocab)
                    vocab.append(term)
                flat.append(t)
        lengths_new = np.asarray([len(d) for d in tokens], dtype=np.float32)
        # (document, term) pairs counted at once: sorted by document, then term.
        doc_of = np.repeat(np.arange(len(kept_ids), len(kept_ids) + len(tokens), dtype=np.int64), lengths_new.astype(np.int64))
        pairs, counts = np.unique(doc_of * len(vocab) + np.asarray(flat, dtype=np.int64), return_counts=True)
        parts_docs.append((pairs // max(len(vocab), 1)).astype(np.int32))
        parts_terms.append((pairs % max(len(vocab), 1)).astype(np.int32))
        parts_tf.append(counts.astype(np.float32))
        docs, terms, tf = np.concatenate(parts_docs), np.concatenate(parts_terms), np.concatenate(parts_tf)
        # Kept postings are already term-major and doc-sorted, new ones doc-sorted and after
        # them: a stable sort by term keeps every posting list in document order.
        order = np.argsort(terms, kind="stable")
        indptr = np.zeros(len(vocab) + 1, dtype=np.int64)
        np.cumsum(np.bincount(terms, minlength=len(vocab)), out=indptr[1:])
        lengths = np.concatenate([self.lengths[keep], lengths_new])
        return SparseIndex(kept_ids + list(ids), generation, vocab, indptr, docs[order], tf[order], lengths)

    def stems_of(self, chunk_ids: Iterable[str]) -> frozenset[str] | None:
        """The distinct `stem_terms` of these chunks' texts, read from the postings instead of
        stemming the texts again (an answer asks it of every candidate article); None when a
        chunk is not in this index."""
        ptr, terms, row, stem_of = self._doc_major()
        found: set[int] = set()
        for cid in chunk_ids:
            d = row.get(cid)
            if d is None:
                return None
            found.update(terms[ptr[d]:ptr[d + 1]].tolist())
        return frozenset(map(stem_of.__getitem__, found))

    @property
    def by_document(self) -> bool:
        """Whether `stems_of` is ready (built by a long-lived session's warm-up: 0.1 s at 40,000
        passages, which a one-shot `ask` would spend to save about a millisecond)."""
        return self._by_doc is not None

    def _doc_major(self) -> tuple:
        with self._recent_lock:
            if self._by_doc is None:
                terms = np.repeat(np.arange(len(self.vocab), dtype=np.int32), self._df)
                order = np.argsort(self.indices, kind="stable")
                ptr = np.zeros(len(self.ids) + 1, dtype=np.int64)
                np.cumsum(np.bincount(self.indices, minlength=len(self.ids)), out=ptr[1:])
                self._by_doc = (ptr.tolist(), terms[order], {cid: d for d, cid in enumerate(self.ids)},
                                [_IRREGULAR.get(t, t) for t in self.vocab])
            return self._by_doc

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        """The k best chunk ids with their BM25 scores (> 0), best first."""
        with self._recent_lock:
            found = self._recent.get((query, k))
        if found is None:
            found = tuple(self._search(query, k))
            with self._recent_lock:
                self._recent[(query, k)] = found
        return list(found)

    def _search(self, query: str, k: int) -> list[tuple[str, float]]:
        terms = [self._term_id[t] for t in terms_of(query) if t in self._term_id]
        if not terms or not self.ids:
            return []
        scores = np.zeros(len(self.ids), dtype=np.float32)
        for t in terms:  # a repeated query term counts again, as in bm25s
            start, end = self.indptr[t], self.indptr[t + 1]
            if start == end:
                continue
            docs, tf = self.indices[start:end], self.tf[start:end]
            df = end - start
            idf = math.log(1 + (len(self.ids) - df + 0.5) / (df + 0.5))
            scores[docs] += idf * tf / (self._norm[docs] + tf)
        k = min(k, len(self.ids))
        top = np.argpartition(-scores, k - 1)[:k]
        top = top[np.lexsort((top, -scores[top]))]  # ties: the earlier-indexed chunk first
        return [(self.ids[int(d)], float(scores[d])) for d in top if scores[d] > 0]

    def save(self, folder: Path) -> None:
        """Write to a temporary folder, then swap it in: never a half-written index."""
        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".bm25-", dir=folder.parent))
        np.savez(tmp / ARRAYS, indptr=self.indptr, indices=self.indices, tf=self.tf, lengths=self.lengths)
        stamp = {"format": FORMAT, "generation": self.generation, "ids": self.ids, "vocab": self.vocab}
        (tmp / STAMP).write_text(json.dumps(stamp))
        old = folder.with_name(folder.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        if folder.exists():
            os.replace(folder, old)
        os.replace(tmp, folder)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> "SparseIndex | None":
        """The saved index, or None when missing, unreadable or of an older format (the caller rebuilds)."""
        try:
            stamp = json.loads((Path(folder) / STAMP).read_text())
            if stamp.get("format") != FORMAT:
                return None
            with np.load(Path(folder) / ARRAYS) as arrays:
                parts = [arrays[name] for name in ("indptr", "indices", "tf", "lengths")]
            index = cls(stamp["ids"], int(stamp["generation"]), stamp["vocab"], *parts)
            if len(index.lengths) != len(index.ids) or len(index.indptr) != len(index.vocab) + 1:
                return None
            return index
        except Exception:
            return None


def rrf(rankings: Sequence[Sequence[str]], k: int = 60) -> list[tuple[str, float]]:
    """Reciprocal rank fusion of several rankings of ids."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, cid in enumerate(ranking, start=1):
            scores[cid] = scores.get(cid, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


