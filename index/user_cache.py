"""Files a process derives from what is installed and the next process reads back: the user's
cache folder (`$XDG_CACHE_HOME/whosaid`, else `~/.cache/whosaid`), written whole or not at all.

A kept file is its format line, a CRC-32 of its payload, then the payload. It is written to a
temporary file renamed over the old one (a crash leaves the old file or the new one), and read
back only when the format and the checksum match: anything else reads as missing, and its
owner derives the payload again and rewrites it. A folder that cannot be written only means
deriving again next time; nothing here raises to a user.
"""

from __future__ import annotations

import os
import zlib
from pathlib import Path


def folder() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "whosaid"


def read(path: Path, fmt: bytes) -> bytes | None:
    """The payload kept in `path` in format `fmt`; None when missing, of another format, or damaged."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    head = len(fmt) + 4
    if not data.startswith(fmt) or len(data) < head:
        return None
    payload = data[head:]
    if zlib.crc32(payload).to_bytes(4, "big") != data[len(fmt):head]:
        return None
    return payload


def write(path: Path, fmt: bytes, payload: bytes) -> bool:
    """Keep `payload` in `path` atomically; False when it could not be written."""
    import tempfile

    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}-", dir=path.parent)
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(fmt + zlib.crc32(payload).to_bytes(4, "big") + payload)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
    except OSError:
        return False
    return True
