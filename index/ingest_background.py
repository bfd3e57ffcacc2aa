"""Ingest step 1 in the background: while the ingest's own thread reads statements (spaCy, one
core), another chunks the articles, embeds the new chunks and stores their vectors, then embeds
their own sentences for the commit (the model, on every core the reader leaves).

Nothing here touches the database: the commit (`Corpus.apply`) waits for both. If either side
fails, the other stops after its current step, and the vectors already stored are reported so
that the ingest removes them (`Passages.stop`).
"""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from dataclasses import dataclass

from index import sentence_vectors
from index.models import Article, Chunk

Progress = Callable[[str, int, int], None]
STORE_BATCH = 256  # chunk vectors stored per step (a stop is seen between two steps)


class _Stopped(Exception):
    """Raised inside the background embedding to end it early (the ingest failed elsewhere)."""


@dataclass
class _Embedded:
    chunks_of: dict[str, list[Chunk]]  # every upserted article's chunks
    new_chunks: list[Chunk]  # those not stored yet: embedded, their vectors added
    sentences: list  # their own sentences' vectors, for the commit


class _Worker:
    """A function running in a thread of its own; `result()` waits for it and raises its error."""

    def __init__(self, name: str, fn, *args):
        self._outcome: dict = {}

        def run() -> None:
            try:
                self._outcome["value"] = fn(*args)
            except BaseException as err:
                self._outcome["error"] = err

        # Not a daemon: stopped by its caller, and onnxruntime killed in the middle of a run aborts the process.
        self._thread = threading.Thread(target=run, name=name)
        self._thread.start()

    def join(self) -> None:
        self._thread.join()

    def failed(self) -> bool:
        return "error" in self._outcome

    def result(self):
        self._thread.join()
        if "error" in self._outcome:
            raise self._outcome["error"]
        return self._outcome.get("value")


class Passages:
    """Ingest step 1 in a thread of its own: the articles chunked, the chunks the database does not
    know embedded and their vectors added, their own sentences embedded (for the commit)."""

    def __init__(self, articles: list[Article], known: set[str], embedder, add_vectors, progress: Progress,
                 chunk: Callable[[Article], list[Chunk]]):
        self._stopping = threading.Event()
        self._added: list[str] = []

        def report(stage: str, done: int, total: int) -> None:
            if self._stopping.is_set():
                raise _Stopped
            progress(stage, done, total)

        def store(chunks: list[Chunk], vectors) -> None:
            for i in range(0, len(chunks), STORE_BATCH):
                if self._stopping.is_set():
                    raise _Stopped
                part = chunks[i : i + STORE_BATCH]
                self._added.extend(c.id for c in part)  # before the add: a failed add may leave some
                add_vectors(part, vectors[i : i + STORE_BATCH])

        def work() -> None:
            storing: list[_Worker] = []
            try:
                _yield_to_the_reader()
                chunks_of = {a.id: chunk(a) for a in articles}
                new_chunks = [c for cs in chunks_of.values() for c in cs if c.id not in known]
                # The chunk vectors are stored while the sentences are embedded.
                embedded = sentence_vectors.embed_passages(
                    embedder, new_chunks, report, lambda vectors: storing.append(_Worker("whosaid-ingest-store", store, new_chunks, vectors)))
                for worker in storing:
                    worker.result()
                return _Embedded(chunks_of, new_chunks, embedded.sentences)
            except BaseException:
                self._stopping.set()  # the ingest fails: no more vectors stored
                for worker in storing:
                    worker.join()
                raise

        self._worker = _Worker("whosaid-ingest-passages", work)

    def raise_if_failed(self) -> None:
        """The embedder's error now, rather than after every article is read."""
        if self._worker.failed():
            self._worker.result()

    def result(self) -> _Embedded:
        return self._worker.result()

    def stop(self) -> list[str]:
        """End the work after its current step and wait for it (the ingest failed); the ids of the
        vectors it added."""
        self._stopping.set()
        self._worker.join()
        return self._added


# How much lower the background work's scheduling priority is than the statement reading's. The
# reader is one thread (spaCy); the model runs on as many as there are cores. At equal priority,
# three threads on two cores gave the reader two thirds of a core and it finished last, alone on
# one core. Lower, the model takes what the reader leaves, and both cores once it is done.
BACKGROUND_NICENESS = 5


def _yield_to_the_reader() -> None:
    """Lower this thread's priority (and that of the threads it starts: they inherit it). Linux
    keeps a nice value per thread; elsewhere, or if refused, nothing changes."""
    try:
        tid = threading.get_native_id()
        os.setpriority(os.PRIO_PROCESS, tid, os.getpriority(os.PRIO_PROCESS, tid) + BACKGROUND_NICENESS)
    except (AttributeError, OSError):
        pass


def one_at_a_time(progress: Progress) -> Progress:
    """`progress`, called by one thread at a time (the reader and the embedding both report)."""
    lock = threading.Lock()

    def report(stage: str, done: int, total: int) -> None:
        with lock:
            progress(stage, done, total)

    return report
