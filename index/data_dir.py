"""The data directory: made when missing, said plainly when it cannot be used, and its writer lock."""

from __future__ import annotations

import os
from pathlib import Path

from index.errors import ConfigError
from index.settings import Settings
from index.write_lock import WriteLock


def usable_data_dir(data: Path) -> None:
    """Create the data directory if needed; ConfigError naming WHOSAID_DATA if it cannot be used."""
    if data.exists() and not data.is_dir():  # mkdir would say only "File exists"
        kind = "a file, not a folder" if data.is_file() else "not a folder"
        raise ConfigError(
            f"Cannot use {data} as the data directory: it is {kind}. "
            "Set WHOSAID_DATA (or --data) to a folder you can write to; a new one is made for you."
        )
    try:
        data.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise ConfigError(
            f"Cannot use {data} as the data directory ({err.strerror or err}). "
            "Set WHOSAID_DATA to a folder you can write to."
        )
    check_writable(data)


def lock_for_writing(settings: Settings, role: str) -> WriteLock:
    """The data directory's writer lock, held as `role`; WriterBusyError if another writer has it."""
    data = Path(settings.store.data_dir)
    usable_data_dir(data)
    lock = WriteLock(data)
    lock.acquire(role)
    return lock


def check_writable(data: Path) -> None:
    """A data directory we may not write to is a permission problem, said as one (not "damaged")."""
    if os.access(data, os.W_OK | os.X_OK):
        return
    raise ConfigError(
        f"The data directory {data} is read-only for this user: whosaid needs to write its index there. "
        f"Nothing in it is damaged. Give yourself write permission (chmod u+w {data}), run as its owner, "
        "or set WHOSAID_DATA to a folder you can write to."
    )
