"""spaCy's package imported without its command-line interface, for processes that only parse.

`import spacy` runs `from .cli.info import info` for one convenience function, `spacy.info`, and
that imports all of `spacy.cli`: typer, requests, httpx, jinja2, weasel ... 0.19 s of CPU, a
seventh of a cold `whosaid ask`, none of which loading or running a pipeline uses. While spaCy's
package initialises, `spacy.cli.info` is a stand-in whose `info` imports the real one when
called; the stand-in is dropped at once, so a later `import spacy.cli` imports the real CLI.
"""

from __future__ import annotations

import sys
import types
from functools import lru_cache


def import_spacy():
    """The `spacy` module; its first import here leaves `spacy.cli` unimported."""
    if "spacy" not in sys.modules:
        stand_in = types.ModuleType("spacy.cli.info")
        stand_in.info = _info
        sys.modules.setdefault("spacy.cli.info", stand_in)
        try:
            import spacy  # noqa: F401
        finally:
            if sys.modules.get("spacy.cli.info") is stand_in:
                del sys.modules["spacy.cli.info"]
    import spacy

    return spacy


def _info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (spacy.lang.en)."""
    import_spacy()
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
