"""Rebuild vectors and BM25 from the corpus database, even when the vector store is damaged.

The database is the truth. What is derived from it is set aside (an embedded Chroma folder,
which may be what is broken) or dropped (BM25), then the corpus's own repair rebuilds both.
A remote Chroma server is not touched on disk: its collection is emptied and refilled.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Callable
from pathlib import Path

from index.corpus import Corpus, Progress
from index.data_dir import lock_for_writing
from index.settings import Settings


def has_index(settings: Settings) -> bool:
    """Whether the data directory holds a corpus database to rebuild from."""
    return (Path(settings.store.data_dir) / "corpus.sqlite3").is_file()


def rebuild(settings: Settings, progress: Progress | None = None,
            started: Callable[[], None] | None = None) -> Corpus:
    """The corpus with vectors and BM25 rebuilt; `started()` is called once the writer lock is held."""
    data = Path(settings.store.data_dir)
    lock = lock_for_writing(settings, "rebuild")  # before anything is moved
    if not settings.store.chroma_host and (data / "chroma").exists():
        aside = data / f"chroma.broken-{int(time.time())}"
        shutil.move(str(data / "chroma"), str(aside))
    for folder in data.glob("bm25-*"):
        shutil.rmtree(folder, ignore_errors=True)
    if started is not None:
        started()
    corpus = Corpus.open(settings, progress=progress, write_lock=lock)
    if settings.store.chroma_host:
        corpus.vectors.reset()
        corpus.repair(lambda *a: None)
    for path in data.glob("chroma.broken-*"):
        shutil.rmtree(path, ignore_errors=True)
    return corpus
