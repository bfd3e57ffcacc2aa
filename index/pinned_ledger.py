"""The ledger's version asked of SQLite once per answer, not at every kept table it reads.

`Ledger.version()` (index/statements/store.py) asks SQLite whether another connection has
committed (`PRAGMA data_version`) each time an answer looks up a table kept over the ledger:
four to seven times a new question. Each is a trip into SQLite that lets go of the GIL, and the
question's embedding, running on a worker thread, may take it and keep it for up to the switch
interval (5 ms) before the answer goes on. Within `pinned()` a thread reads `data_version` once,
on entry; after that only this connection's own changes (`total_changes`, an attribute, no
query) move the version. Another process's ingest is seen by the next answer.

(A subclass here, not a method in index/statements/: the extractor's version is a hash of that
folder's source, and any change there makes every existing index extract its statements again.)
"""

from __future__ import annotations

import threading
from contextlib import contextmanager

from index.statements.store import Ledger


class PinnedLedger(Ledger):
    def __init__(self, conn, lock=None):
        super().__init__(conn, lock=lock)
        self._pins = threading.local()  # per thread: answers asked at once (the Telegram bot) pin their own

    def version(self) -> tuple:
        data_version = getattr(self._pins, "data_version", None)
        if data_version is None:
            return super().version()
        return (self.conn.total_changes, data_version)

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
