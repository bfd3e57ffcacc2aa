"""The BM25 index (bm25s), persisted beside the vectors and stamped with the corpus
generation it was built from, so a stale or half-written one is detected and rebuilt.
"""

from __future__ import annotations

import json
import logging
import math
import os
import shutil
import tempfile
from collections import Counter
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path


from index.textnorm import fold

STAMP = "whosaid.json"
# bm25s sets its own logger to DEBUG on import; keep its chatter out of users' terminals.
logging.getLogger("bm25s").setLevel(logging.WARNING)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


def tokenize(texts: Sequence[str]):
    import bm25s

    logging.getLogger("bm25s").setLevel(logging.WARNING)

    return bm25s.tokenize([fold(t) for t in texts], stopwords="en", stemmer=_stemmer(), show_progress=False)


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
    import bm25s

    tok = bm25s.tokenize([fold(text)], stopwords="en", stemmer=_stemmer(), show_progress=False, return_ids=False)
    return [_IRREGULAR.get(t, t) for t in tok[0]] if tok else []


class SparseIndex:
    """BM25 over chunk texts; `ids[i]` is the chunk id of document i."""

    def __init__(self, retriever, ids: list[str], generation: int, df: dict[str, int]):
        self.retriever = retriever
        self.ids = ids
        self.generation = generation
        self.df = df
        self.n_docs = max(len(ids), 1)

    def idf(self, term: str) -> float:
        df = self.df.get(term, 0)
        return math.log(1 + (self.n_docs - df + 0.5) / (df + 0.5))

    @classmethod
    def build(cls, ids: Sequence[str], texts: Sequence[str], generation: int) -> "SparseIndex":
        import bm25s

        retriever = bm25s.BM25()
        df: Counter[str] = Counter()
        if texts:
            tokens = tokenize(texts)
            retriever.index(tokens, show_progress=False)
            inv = {v: k for k, v in tokens.vocab.items()}
            for doc in tokens.ids:
                df.update({inv[t] for t in doc})
        return cls(retriever if texts else None, list(ids), generation, dict(df))

    def search(self, query: str, k: int) -> list[tuple[str, float]]:
        if self.retriever is None or not self.ids:
            return []
        q = tokenize([query])
        if not q.ids or not q.ids[0]:
            return []
        k = min(k, len(self.ids))
        inv = {v: key for key, v in q.vocab.items()}
        terms = [[inv[t] for t in q.ids[0]]]
        docs, scores = self.retriever.retrieve(terms, k=k, show_progress=False, n_threads=1)
        return [(self.ids[int(d)], float(s)) for d, s in zip(docs[0], scores[0]) if s > 0]

    def save(self, folder: Path) -> None:
        """Write to a temporary folder, then swap it in: never a half-written index."""
        folder = Path(folder)
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(prefix=".bm25-", dir=folder.parent))
        if self.retriever is not None:
            self.retriever.save(str(tmp))
        (tmp / STAMP).write_text(json.dumps({"generation": self.generation, "ids": self.ids, "df": self.df}))
        old = folder.with_name(folder.name + ".old")
        if old.exists():
            shutil.rmtree(old)
        if folder.exists():
            os.replace(folder, old)
        os.replace(tmp, folder)
        shutil.rmtree(old, ignore_errors=True)

    @classmethod
    def load(cls, folder: Path) -> "SparseIndex | None":
        """The saved index, or None when missing or unreadable (the caller rebuilds)."""
        import bm25s

        try:
            stamp = json.loads((Path(folder) / STAMP).read_text())
            retriever = bm25s.BM25.load(str(folder)) if stamp["ids"] else None
            return cls(retriever, stamp["ids"], int(stamp["generation"]), stamp.get("df", {}))
        except Exception:
            return None


def rrf(rankings: Sequence[Sequence[str]], k: int = 60) -> list[tuple[str, float]]:
    """Reciprocal rank fusion of several rankings of ids."""
    scores: dict[str, float] = {}
    for ranking in rankings:
        for rank, cid in enumerate(ranking, start=1):
            scores[cid] = scores.get(cid, 0.0) + 1.0 / (k + rank)
    return sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))


