"""Are two nouns near in meaning ("buildings" / "structures", "lorries" / "trucks")?

The cosine of their vectors from the corpus's own embedder, one batched call for the words
not seen before, cached per word. Measured with the shipped MiniLM: nouns for the same thing
score 0.55-0.86 ("ballots" / "votes" 0.78), unrelated nouns of one article under 0.45
("buildings" / "acres" 0.34). Verbs are too close to one another for this to tell them apart.
"""

from __future__ import annotations

import threading
from collections import OrderedDict

import numpy as np

from bot.answering.same_things import same_named

SAME_THING = 0.5
_MAX_WORDS = 20_000
_LOCK = threading.Lock()
_VECTORS: OrderedDict[tuple[str, str], np.ndarray] = OrderedDict()  # (model id, word) -> unit vector


class Alike:
    """Word similarity over one embedder; `prefetch` embeds many words in one call."""

    def __init__(self, embedder):
        self._embedder = embedder
        self._model = getattr(embedder, "model_id", type(embedder).__name__)

    def prefetch(self, words) -> None:
        missing = sorted({w.lower() for w in words if w and (self._model, w.lower()) not in _VECTORS})
        if not missing:
            return
        try:
            vectors = np.asarray(self._embedder.embed(missing), dtype=np.float32)
        except Exception:  # an embedder that cannot embed now: words are then only alike when equal
            return
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors = vectors / np.where(norms == 0, 1, norms)
        with _LOCK:
            for w, v in zip(missing, vectors):
                _VECTORS[(self._model, w)] = v
            while len(_VECTORS) > _MAX_WORDS:
                _VECTORS.popitem(last=False)

    def same_thing(self, a: str, b: str) -> bool:
        a, b = a.lower(), b.lower()
        if a == b or same_named(a, b):
            return True
        self.prefetch((a, b))
        va, vb = _VECTORS.get((self._model, a)), _VECTORS.get((self._model, b))
        return va is not None and vb is not None and float(va @ vb) >= SAME_THING

    def similarity(self, a: str, b: str) -> float:
        a, b = a.lower(), b.lower()
        if a == b:
            return 1.0
        self.prefetch((a, b))
        va, vb = _VECTORS.get((self._model, a)), _VECTORS.get((self._model, b))
        return 0.0 if va is None or vb is None else float(va @ vb)


class NoAlike:
    """Without an embedder, a word is only like itself."""

    def prefetch(self, words) -> None:
        pass

    def same_thing(self, a: str, b: str) -> bool:
        return a.lower() == b.lower() or same_named(a, b)

    def similarity(self, a: str, b: str) -> float:
        return 1.0 if a.lower() == b.lower() else 0.0
