"""The ledger's version asked of SQLite once per answer, not at every kept table it reads.

`Ledger.version()` (index/statements/store.py) asks SQLite whether another connection has
committed (`PRAGMA data_version`) each time an answer looks up a table kept over the ledger:
four to seven times a new question. Each is a trip into SQLite that lets go of the GIL, and the
question's embedding, running on a worker thread, may take it and keep it for up to the switch
interval (5 ms) before the answer goes on. Within `pinned()` a thread reads `data_version` once,
on entry; after that only this connection's own changes (`total_changes`, an attribute, no
query) move the version. Another process's ingest is seen by the next answer.

Within a pinned answer an article's statements are kept per version too: one answer reads the
same article's statements five to eight times (its candidates, the sentences it chose, their
neighbours), each a query.

(A subclass here, not a method in index/statements/: the extractor's version is a hash of that
folder's source, and any change there makes every existing index extract its statements again.)
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

from cachetools import LRUCache

from index.models import Statement
from index.statements.store import Ledger

KEPT_ARTICLES = 256  # an answer reads a few dozen articles' statements at most


class PinnedLedger(Ledger):
    def __init__(self, conn, lock=None):
        super().__init__(conn, lock=lock)
        self._pins = threading.local()  # per thread: answers asked at once (the Telegram bot) pin their own
        self._by_article: LRUCache = LRUCache(maxsize=KEPT_ARTICLES)  # (article id, version) -> statements
        self._by_article_lock = threading.Lock()

    def version(self) -> tuple:
        data_version = getattr(self._pins, "data_version", None)
        if data_version is None:
            return super().version()
        return (self.conn.total_changes, data_version)

    def statements_for_article(self, article_id: str) -> list[Statement]:
        if getattr(self._pins, "data_version", None) is None:  # unpinned: a version would cost a query
            return super().statements_for_article(article_id)
        key = (article_id, self.version())
        with self._by_article_lock:
            found = self._by_article.get(key)
        if found is None:
            found = tuple(super().statements_for_article(article_id))  # (statements are frozen)
            with self._by_article_lock:
                self._by_article[key] = found
        return list(found)

    @contextmanager
    def pinned(self):
        """While inside, this thread's `version()` reads no SQL: the commits of other connections
        made since entering are seen after leaving. Reentrant."""
        depth = getattr(self._pins, "depth", 0)
        if depth == 0:
            self._pins.data_version = self._rows("PRAGMA data_version")[0][0]
        self._pins.depth = depth + 1
        try:
            yield self
        finally:
            self._pins.depth = depth
            if depth == 0:
                self._pins.data_version = None
