"""The parser's load on a thread of its own, started once a process.

Loading spaCy's pipeline (index/statements/nlp.py) is the longest part of a cold `whosaid ask`
(~1 s of its ~1.6 s on the 2-core bench machine), and every answer parses: the command starts
the load first thing (bot/terminal/cli.py), beside its own imports, and the facade's
`Whosaid.prepare` (bot/answering/predicate.py) finds that thread instead of starting another.
(Kept out of index/statements/: a change there re-reads every index's statements.)
"""

from __future__ import annotations

import threading

NAME = "whosaid-parser-load"  # the command waits for it at exit (bot/terminal/cli.py LOADERS)

_loader: threading.Thread | None = None
_lock = threading.Lock()


def load_in_background() -> threading.Thread:
    """Start loading the pipeline on a thread of its own; later calls give the same thread."""
    global _loader
    with _lock:
        if _loader is None:
            from index.statements.nlp import pipeline

            _loader = threading.Thread(target=pipeline, name=NAME, daemon=True)
            _loader.start()
        return _loader
