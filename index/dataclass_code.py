"""The methods `@dataclass` writes, compiled once per Python install, not once per process.

`@dataclass` writes each class's `__init__`, `__repr__`, `__eq__`, `__hash__` ... as Python
source and runs it with `exec`, which compiles that source first. A cold `whosaid ask` makes
about 130 dataclasses (whosaid's records and steps, pydantic's), 550 generated functions: 75-100
ms of CPU, most of it compiling text that is the same in every process. Here the `exec` that the
`dataclasses` module calls is one that looks the compiled code up by its source text in a file
of the user's cache folder (index/user_cache.py), compiles what it does not find exactly as
`exec` would (`compile(text, "<string>", "exec")`, no future flags: `dataclasses` has none), and
runs it in the namespaces given. The classes are the same classes: only the compiling is skipped.

- Only the command-line entry point installs it (`install()`), before the process imports much,
  as it does index/regex_cache.py; a library user's process is untouched.
- The file is named by the interpreter (its bytecode magic number: code objects of another
  version are never read) and the kind of command; entries are keyed by the source text, so a
  changed dataclass is a miss, compiled and added. It is written at exit when something was
  added, atomically; a file that does not read back whole is ignored and rewritten.
"""

from __future__ import annotations

import atexit
import builtins
import dataclasses
import importlib.util
import marshal
import sys
import threading
from pathlib import Path

from index import user_cache

FORMAT = b"whosaid-dataclass-code-1\n"
MIN_KEPT = 1500  # entries kept beyond what the last process used (other kinds of question, commands)


def cache_file(kind: str = "other") -> Path:
    """The file of this interpreter for one kind of process (a command's name)."""
    kind = kind if kind.isalpha() and len(kind) <= 24 else "other"
    magic = importlib.util.MAGIC_NUMBER.hex()
    return user_cache.folder() / f"dataclass-code-{sys.implementation.cache_tag}-{magic}-{kind}.bin"


class KeptCode:
    """The kept compilations of one cache file, and the `exec` that reads and fills them."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: dict[str, bytes] = read(path)  # source text -> marshalled code object
        self.used: dict[str, bytes] = {}  # what this process compiled or replayed, in order of first use
        self.added = 0
        self.replayed = 0
        self._lock = threading.Lock()

    def exec(self, source, globals=None, locals=None, /):
        """`exec` as `dataclasses` calls it: with a source text, its code compiled once and kept."""
        if not isinstance(source, str):
            return builtins.exec(source, globals, locals)
        kept = self.entries.get(source)
        code = None
        if kept is not None:
            try:
                code = marshal.loads(kept)
                self.replayed += 1
            except (EOFError, ValueError, TypeError):  # not readable: compiled again below
                kept = None
        if code is None:
            code = compile(source, "<string>", "exec", dont_inherit=True)
            kept = marshal.dumps(code)
            with self._lock:
                if self.entries.get(source) != kept:  # new, or replacing one that did not read
                    self.entries[source] = kept
                    self.added += 1
        with self._lock:
            self.used[source] = kept
        return builtins.exec(code, globals, locals)

    def save(self) -> None:
        """Write the file if this process compiled anything new or it holds much that this process
        did not use (atomically; never raises)."""
        with self._lock:
            cap = max(MIN_KEPT, len(self.used) * 3 // 2)
            if not self.added and len(self.entries) <= cap:
                return
            others = [(k, v) for k, v in self.entries.items() if k not in self.used]
            entries = dict((others + list(self.used.items()))[-cap:])
        user_cache.write(self.path, FORMAT, marshal.dumps(entries))  # (if it cannot, compiled again next time)


def read(path: Path) -> dict[str, bytes]:
    """The kept compilations in `path`; empty when it is missing, of another format, or damaged."""
    payload = user_cache.read(path, FORMAT)
    if payload is None:
        return {}
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    if not isinstance(entries, dict):
        return {}
    return {k: v for k, v in entries.items() if isinstance(k, str) and isinstance(v, bytes)}


_installed: KeptCode | None = None


def install(path: Path | None = None, kind: str = "other") -> KeptCode | None:
    """Compile `dataclasses`' generated methods through the kept file (`path`, else the one of
    `kind`) from now on in this process, and save it at exit."""
    global _installed
    if _installed is not None:
        return _installed
    kept = KeptCode(path or cache_file(kind))
    dataclasses.exec = kept.exec  # the module's own name `exec`, looked up before the builtin
    atexit.register(kept.save)
    _installed = kept
    return kept


def uninstall() -> None:
    """Back to the builtin `exec` (tests)."""
    global _installed
    if _installed is None:
        return
    vars(dataclasses).pop("exec", None)
    atexit.unregister(_installed.save)
    _installed = None
