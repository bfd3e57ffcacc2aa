"""One writer at a time on a data directory: ingest, remove, rebuild, or an opening's repair.

A `filelock` lock file in the data directory; the holder writes its pid and role beside it
so a second writer can say who is busy. Readers never wait for it: SQLite (WAL) gives them
the last committed state, and they skip repairs while someone else writes.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from filelock import FileLock, Timeout

from index.errors import WriterBusyError

LOCK_NAME = "writer.lock"
HOLDER_NAME = "writer.json"
REPAIR = "repair"  # the role of an opening process that brings derived stores in step


class WriteLock:
    """The data directory's writer lock; reentrant within one process."""

    def __init__(self, data_dir: Path):
        self._path = Path(data_dir) / LOCK_NAME
        self._holder = Path(data_dir) / HOLDER_NAME
        # One lock object per Corpus: flock conflicts even between two descriptors of one process.
        self._lock = FileLock(str(self._path), timeout=0, thread_local=False)
        self.role: str | None = None

    @property
    def held(self) -> bool:
        return self._lock.is_locked

    def try_acquire(self, role: str) -> bool:
        """Take the lock if it is free right now; False if another process holds it."""
        try:
            self._lock.acquire(timeout=0)
        except Timeout:
            return False
        if self._lock.lock_counter == 1:
            self.role = role
            _write_holder(self._holder, role)
        return True

    def acquire(self, role: str) -> None:
        """Take the lock for a writer, or raise WriterBusyError naming the one that holds it.

        A repair by an opening process (usually a second or two) is waited for; another ingest,
        remove or rebuild is not: running two would interleave their commits.
        """
        deadline = time.monotonic() + 2.0  # the holder may not have written its pid yet
        while not self.try_acquire(role):
            holder = self.holder()
            if holder is not None and holder[1] == REPAIR and _alive(holder[0]):
                time.sleep(0.2)
                continue
            if holder is None and time.monotonic() < deadline:
                time.sleep(0.1)
                continue
            pid = holder[0] if holder else "unknown"
            what = holder[1] if holder else "ingest"
            raise WriterBusyError(
                f"Another {what} is running on this data directory (pid {pid}). "
                "Wait for it to finish, then run this again."
            )

    def release(self) -> None:
        if not self.held:
            return
        if self._lock.lock_counter == 1:
            self.role = None
            try:
                self._holder.unlink()
            except OSError:
                pass
        self._lock.release()

    def holder(self) -> tuple[int, str] | None:
        """(pid, role) of the process holding the lock, as it wrote them; None if unknown."""
        try:
            data = json.loads(self._holder.read_text(encoding="utf-8"))
            return int(data["pid"]), str(data["role"])
        except (OSError, ValueError, KeyError, TypeError):
            return None


def _write_holder(path: Path, role: str) -> None:
    # A half-written file reads as "unknown holder", which `acquire` retries: no rename needed.
    path.write_text(json.dumps({"pid": os.getpid(), "role": role}), encoding="utf-8")


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
