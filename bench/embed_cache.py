"""An embedding cache keyed by text, shared by both systems and across bench runs.

Embedding is most of an ingest's time and the same for both systems (same model object),
so the bench measures it once, separately, and times each system's own ingest work with
vectors served from this cache. `embed_seconds` says how long cache misses took, so a run
with a cold cache still reports ingest time without embedding exactly.
"""

from __future__ import annotations

import hashlib
import sqlite3
import threading
import time
from pathlib import Path

import numpy as np
from pydantic import PrivateAttr

from index.embeddings import Embedder


def _key(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


class CachedEmbedder(Embedder):
    """Wraps a real embedder; same model id, same vectors, each text embedded once ever."""

    _inner: Embedder = PrivateAttr()
    _conn: sqlite3.Connection = PrivateAttr()
    _lock: threading.Lock = PrivateAttr(default_factory=threading.Lock)
    _store: bool = PrivateAttr(default=True)
    _stats: dict = PrivateAttr(default_factory=lambda: {"hits": 0, "misses": 0, "embed_seconds": 0.0})

    def __init__(self, inner: Embedder, path: Path, store: bool = True, **kwargs):
        super().__init__(model_name=f"cached:{inner.model_id}", embed_batch_size=getattr(inner, "embed_batch_size", 64), **kwargs)
        self._inner = inner
        self._store = store
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self._conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS vectors (model TEXT, key TEXT, vector BLOB, PRIMARY KEY (model, key))"
        )

    @classmethod
    def class_name(cls) -> str:
        return "CachedEmbedder"

    @property
    def model_id(self) -> str:
        return self._inner.model_id

    @property
    def stats(self) -> dict:
        return dict(self._stats)

    def embed(self, texts: list[str]) -> np.ndarray:
        if not self._store:  # a pass-through that still counts embedding time
            started = time.perf_counter()
            vectors = self._inner.embed(texts)
            self._stats["embed_seconds"] += time.perf_counter() - started
            self._stats["misses"] += len(texts)
            return vectors
        keys = [_key(t) for t in texts]
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for i in range(0, len(keys), 500):
                part = sorted(set(keys[i : i + 500]))
                marks = ",".join("?" * len(part))
                for key, blob in self._conn.execute(
                    f"SELECT key, vector FROM vectors WHERE model = ? AND key IN ({marks})", [self.model_id, *part]
                ):
                    found[key] = np.frombuffer(blob, dtype=np.float32)
        missing = [i for i, k in enumerate(keys) if k not in found]
        if missing:
            todo = {keys[i]: texts[i] for i in missing}
            started = time.perf_counter()
            vectors = self._inner.embed(list(todo.values()))
            self._stats["embed_seconds"] += time.perf_counter() - started
            with self._lock:
                self._conn.execute("BEGIN")
                self._conn.executemany(
                    "INSERT OR REPLACE INTO vectors VALUES (?, ?, ?)",
                    [(self.model_id, k, v.astype(np.float32).tobytes()) for k, v in zip(todo, vectors)],
                )
                self._conn.execute("COMMIT")
            found.update(zip(todo, vectors))
        self._stats["misses"] += len(missing)
        self._stats["hits"] += len(texts) - len(missing)
        if not texts:
            return np.zeros((0, 384), dtype=np.float32)
        return np.stack([found[k] for k in keys]).astype(np.float32, copy=False)


def embedding_throughput(embedder: Embedder, texts: list[str]) -> dict:
    """Real (uncached) embedding speed on a sample, after one warm-up call."""
    embedder.embed(texts[:4])
    started = time.perf_counter()
    embedder.embed(texts)
    seconds = time.perf_counter() - started
    return {"texts": len(texts), "seconds": seconds, "texts_per_s": len(texts) / seconds if seconds else None}


class HashEmbedder(Embedder):
    """A stand-in for scale runs: hashed bag of words, 384 dims, unit length, no model.

    Costs microseconds instead of milliseconds, so a 50,000-article corpus can be indexed
    to measure everything else; ranking is lexical, so retrieval quality is not comparable.
    """

    @classmethod
    def class_name(cls) -> str:
        return "HashEmbedder"

    @property
    def model_id(self) -> str:
        return "hash-bow-384"

    def embed(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), 384), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in text.lower().split():
                h = int.from_bytes(hashlib.blake2b(word.strip(".,;:!?“”\"'()").encode(), digest_size=4).digest(), "little")
                out[row, h % 384] += 1.0 if h & (1 << 31) else -1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.maximum(norms, 1e-12)
