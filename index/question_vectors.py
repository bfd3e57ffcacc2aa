"""A question's vector: embedded once per answer, and started early on a worker thread.

One answer asks for its question's vector two or three times (retrieval, then the sentence
similarities), so vectors are kept (a few dozen questions). A new question's embedding is
most of its retrieval (one ONNX run of about 5 ms here), and before retrieving, the answer
parses the question with spaCy (3-5 ms for a who-question). The model releases the GIL
while it runs, so `ahead(question)` starts it on a worker thread and the parse runs beside it;
`vector(question)` then waits for that run instead of embedding again.

`ahead(question, then)` also runs `then(vector)` on the same worker as soon as the vector is
made (the answer's dense search, about 1-2 ms at 10,000 articles): a question whose parse takes
longer than its embedding finds its nearest passages ready. `after(question, tag)` gives that
result; `forget_after()` drops results the index has changed under since (an ingest).

The worker needs the GIL to start (the tokenizer, the model's inputs) before the model lets it
go, and a thread waiting for the GIL gets it only when its holder blocks or after the switch
interval (5 ms): the asking thread, busy reading the question, held the worker back by up to
a millisecond or more. So `ahead` waits (at most HANDOFF seconds) until the worker has taken the
question up.
"""

from __future__ import annotations

import logging
import os
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor

from cachetools import LRUCache

log = logging.getLogger(__name__)
KEPT = 64  # one answer asks for its question's vector two or three times
WORKERS = max(1, min(os.cpu_count() or 1, 4))
HANDOFF = 0.002  # seconds `ahead` waits at most for a worker to take the question up (a busy pool: queued)


class QuestionVectors:
    def __init__(self, embedder: Callable[[], object]):
        self._embedder = embedder  # read at each call: a caller may swap the corpus's embedder
        self._kept: LRUCache = LRUCache(maxsize=KEPT)  # (model, question) -> vector
        self._pending: dict[tuple[str, str], Future] = {}
        self._after: LRUCache = LRUCache(maxsize=KEPT)  # (model, question, tag) -> (epoch, Future of then(vector))
        self._epoch = 0  # moved by forget_after(): results of `then` started before are not given
        self._waiting: dict[tuple[str, str], list[tuple[Future, Callable]]] = {}  # thens of a run under way
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

    def ahead(self, question: str, then: tuple[str, Callable] | None = None) -> None:
        """Start embedding `question` on the worker thread unless it is kept or under way; with
        `then` = (tag, fn), run fn(vector) on a worker once the vector is made (see `after`)."""
        key = self._key(question)
        with self._lock:
            if self._pool is None:  # one run per core for questions asked at once (the Telegram bot)
                self._pool = ThreadPoolExecutor(WORKERS, thread_name_prefix="whosaid-question")
            if then is not None and (*key, then[0]) not in self._after:
                done: Future = Future()
                self._after[(*key, then[0])] = (self._epoch, done)
                vector = self._kept.get(key)
                if vector is not None:  # embedded before: only the follow-up runs
                    self._pool.submit(_settle, done, then[1], vector)
                else:
                    self._waiting.setdefault(key, []).append((done, then[1]))
            if key in self._kept or key in self._pending:
                return
            taken = threading.Event()
            self._pending[key] = self._pool.submit(self._embed, key, question, taken)
        taken.wait(HANDOFF)  # the worker takes the GIL while this thread waits, and starts the model

    def after(self, question: str, tag: str):
        """The result of the `then` started ahead for `question` under `tag` (waited for), or None
        when none was started, it failed, or the index changed since it started."""
        with self._lock:
            found = self._after.get((*self._key(question), tag))
            if found is None or found[0] != self._epoch:
                return None
        return found[1].result()

    def forget_after(self) -> None:
        """Results of `then` started before now are not given (the index changed since)."""
        with self._lock:
            self._epoch += 1
            self._after.clear()
            self._waiting.clear()

    def _embed(self, key: tuple[str, str], question: str, taken: threading.Event | None = None):
        """The vector, kept; then the follow-ups waiting for it: here when on a worker (`taken`:
        started by `ahead`), which saves a hand-off to another thread, else on the pool."""
        if taken is not None:
            taken.set()
        try:
            vector = self._embedder().embed([question])[0]
        except BaseException:
            with self._lock:
                waiting = self._waiting.pop(key, [])
            for done, _ in waiting:  # no vector: whoever asks searches itself (and meets the error)
                done.set_result(None)
            raise
        finally:
            with self._lock:
                self._pending.pop(key, None)
        with self._lock:
            self._kept[key] = vector
            waiting, pool = self._waiting.pop(key, []), self._pool
        for done, fn in waiting:
            if pool is not None and taken is None:
                pool.submit(_settle, done, fn, vector)
            else:
                _settle(done, fn, vector)
        return vector

    def close(self) -> None:
        with self._lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.shutdown(wait=True)


def _settle(done: Future, fn: Callable, vector) -> None:
    try:
        done.set_result(fn(vector))
    except Exception:  # the caller runs it itself, and reports the error
        log.debug("the follow-up run ahead for a question failed", exc_info=True)
        done.set_result(None)
