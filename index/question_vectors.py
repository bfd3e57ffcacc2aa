"""A question's vector: embedded once per answer, and started early on a worker thread.

One answer asks for its question's vector two or three times (retrieval, then the sentence
similarities), so vectors are kept (a few dozen questions). A new question's embedding is
most of its retrieval (one ONNX run of about 5 ms here), and before retrieving, the answer
parses the question with spaCy (3-5 ms for a who-question). The model releases the GIL
while it runs, so `ahead(question)` starts it on a worker thread and the parse runs beside it;
`vector(question)` then waits for that run instead of embedding again.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from cachetools import LRUCache

KEPT = 64  # one answer asks for its question's vector two or three times
WORKERS = max(1, min(os.cpu_count() or 1, 4))


class QuestionVectors:
    def __init__(self, embedder: Callable[[], object]):
        self._embedder = embedder  # read at each call: a caller may swap the corpus's embedder
        self._kept: LRUCache = LRUCache(maxsize=KEPT)  # (model, question) -> vector
        self._pending: dict[tuple[str, str], Future] = {}
        self._lock = threading.Lock()
        self._pool: ThreadPoolExecutor | None = None

    def _key(self, question: str) -> tuple[str, str]:
        return getattr(self._embedder(), "model_id", ""), question

    def vector(self, question: str):
        key = self._key(question)
        with self._lock:
            vector = self._kept.get(key)
            pending = self._pending.get(key) if vector is None else None
        if vector is not None:
            return vector
        if pending is not None:
            if not pending.cancel():  # under way: wait for it (its error, if it failed)
                return pending.result()
            with self._lock:  # still queued behind other questions' runs: run it here instead
                self._pending.pop(key, None)
        return self._embed(key, question)

    def ahead(self, question: str) -> None:
        """Start embedding `question` on the worker thread unless it is kept or under way."""
        key = self._key(question)
        with self._lock:
            if key in self._kept or key in self._pending:
                return
            if self._pool is None:  # one run per core for questions asked at once (the Telegram bot)
                self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="whosaid-question")
            self._pending[key] = self._pool.submit(self._embed, key, question)

    def _embed(self, key: tuple[str, str], question: str):
        try:
            vector = self._embedder().embed([question])[0]
            with self._lock:
                self._kept[key] = vector
            return vector
        finally:
            with self._lock:
                self._pending.pop(key, None)

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)
