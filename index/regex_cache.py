"""Regular expressions compiled once per Python install, not once per process.

Python compiles a pattern in pure Python (parse, then code generation), and whosaid, spaCy's
tokenizer and the libraries they import compile about 400 patterns as a cold `whosaid ask`
starts: 0.13-0.17 s of CPU, a tenth of the command, paid again by every new process. The
result of that work is the argument list `re._compiler.compile` hands to `_sre.compile` (the C
engine's constructor, which checks the code it is given); that list is kept here, in a file of
the user's cache folder, and replayed: the same pattern object, built by the same C call, with
no Python-side compilation.

- Only the command-line entry point installs it (`install()`), before the process imports much.
- The file is named by the interpreter and the engine's version (`_sre.MAGIC`), and entries are
  keyed by the pattern's text and flags: a changed pattern is a miss, compiled and added.
- It is written at exit when something was added, atomically (index/user_cache.py). A file that
  does not read back whole (checksum, format) is ignored and rewritten; a replay the engine
  refuses is compiled the ordinary way. Nothing of this is ever an error a user sees.
"""

from __future__ import annotations

import atexit
import marshal
import re
import sys
import threading
from array import array
from pathlib import Path

import _sre

from index import user_cache

try:
    from re import _compiler
except ImportError:  # pragma: no cover - Python < 3.11 (whosaid needs 3.11)
    _compiler = None

FORMAT = b"whosaid-regex-2\n"
# A file keeps what the last process of its kind used, and of the rest the most recently used, up
# to 1.5x that (at least MIN_KEPT): what another question of the kind may need, without growing on
# what a rare run compiled (an ask that first re-reads every article after an upgrade: 2,000).
MIN_KEPT = 600
# The engine's code words, kept as raw bytes: a tenth of the file and of its reading as a list of ints.
CODE = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)


def cache_file(kind: str = "other") -> Path:
    """The cache file of this interpreter for one kind of process (a command's name), in the user's
    cache folder. Kinds are kept apart because they compile different patterns: an `eval` reads
    dates in many languages (2,000 patterns, 4 MB kept, 12 ms to read), an `ask` 400 (0.9 MB)."""
    version = "-".join(str(v) for v in sys.version_info[:3])
    kind = kind if kind.isalpha() and len(kind) <= 24 else "other"
    return user_cache.folder() / f"regex-{sys.implementation.cache_tag}-{version}-{_sre.MAGIC}-{kind}.bin"


class _Recorder:
    """`_sre` as `re._compiler` sees it, except that `compile` also records its arguments."""

    def __init__(self, kept: "KeptPatterns"):
        self.__dict__.update((name, getattr(_sre, name)) for name in dir(_sre)
                             if not name.startswith("__") and name != "compile")
        self._kept = kept

    def compile(self, pattern, flags, code, *rest):
        compiled = _sre.compile(pattern, flags, code, *rest)
        self._kept._record(pattern, (int(flags), array(CODE, code).tobytes(), *rest))
        return compiled


class KeptPatterns:
    """The kept compilations of one cache file, and the compile function that reads and fills them."""

    def __init__(self, path: Path):
        self.path = path
        self.entries: dict = read(path)
        self.added = 0
        self.replayed = 0
        self.used: dict = {}  # the entries this process compiled or replayed, in order of first use
        self._lock = threading.Lock()
        self._local = threading.local()  # the (text, flags) being compiled by this thread
        self._original = None

    def compile(self, p, flags=0):
        """`re._compiler.compile`, replaying a kept compilation of a text pattern when there is one."""
        if not isinstance(p, (str, bytes)) or flags & re.DEBUG:
            return self._original(p, flags)
        key = (p, flags)
        kept = self.entries.get(key)
        if kept is not None:
            try:
                flags_, code, *rest = kept
                compiled = _sre.compile(p, flags_, array(CODE, code).tolist(), *rest)
                self.replayed += 1
                self.used[key] = kept
                return compiled
            except Exception:  # not what this engine accepts: compiled below, and replaced
                with self._lock:
                    self.entries.pop(key, None)
        self._local.key = key
        try:
            return self._original(p, flags)
        finally:
            self._local.key = None

    def _record(self, pattern, args: tuple) -> None:
        key = getattr(self._local, "key", None)
        if key is None or key[0] is not pattern:
            return
        try:
            marshal.dumps(args)
        except ValueError:  # something this Python passes that marshal cannot write: not kept
            return
        with self._lock:
            if key not in self.entries:
                self.entries[key] = args
                self.added += 1
            self.used[key] = args

    def save(self) -> None:
        """Write the file if this process compiled anything new or it holds much that this
        process did not use (atomically; never raises)."""
        with self._lock:
            cap = max(MIN_KEPT, len(self.used) * 3 // 2)
            if not self.added and len(self.entries) <= cap:
                return
            others = [(k, v) for k, v in self.entries.items() if k not in self.used]
            entries = dict((others + list(self.used.items()))[-cap:])
        try:
            payload = marshal.dumps(entries)
        except ValueError:
            return
        user_cache.write(self.path, FORMAT, payload)  # (if it cannot, the next process compiles again)


def read(path: Path) -> dict:
    """The kept compilations in `path`; empty when it is missing, of another format, or damaged."""
    payload = user_cache.read(path, FORMAT)
    if payload is None:
        return {}
    try:
        entries = marshal.loads(payload)
    except (EOFError, ValueError, TypeError):
        return {}
    return entries if isinstance(entries, dict) else {}


_installed: KeptPatterns | None = None


def install(path: Path | None = None, kind: str = "other") -> KeptPatterns | None:
    """Compile through the kept file (`path`, else the one of `kind`) from now on in this
    process, and save it at exit."""
    global _installed
    if _installed is not None or _compiler is None or CODE is None or not hasattr(_compiler, "compile"):
        return _installed
    kept = KeptPatterns(path or cache_file(kind))
    kept._original = _compiler.compile
    _compiler._sre = _Recorder(kept)
    _compiler.compile = kept.compile
    atexit.register(kept.save)
    _installed = kept
    return kept


def uninstall() -> None:
    """Back to Python's own compilation (tests)."""
    global _installed
    if _installed is None:
        return
    _compiler.compile = _installed._original
    _compiler._sre = _sre
    atexit.unregister(_installed.save)
    _installed = None
