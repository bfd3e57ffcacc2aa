"""spaCy imported and its pipeline loaded with less work: the parser is most of a cold `whosaid ask`.

Four costs of spaCy's own that a process which only parses need not pay, each removed without
changing what is loaded (tests/index/test_spacy_import.py parses alike with `spacy.load`):
- `import spacy` runs `from .cli.info import info` for one convenience function, `spacy.info`, and
  that imports all of `spacy.cli`: typer, requests, httpx, jinja2, weasel ... (0.19 s of CPU).
  While spaCy's package initialises, `spacy.cli.info` is a stand-in whose `info` imports the real
  one when called; the stand-in is dropped at once, so a later `import spacy.cli` is the real CLI.
- its registries scan every installed package's entry points on each lookup (`_entry_points_by_group`);
- it builds a default tokenizer that the pipeline's own replaces (`load` below);
- srsly lists its msgpack decoders anew for every weight array it reads (`_decoders_listed_once`).
And its models multiply with numpy rather than BLIS when numpy's OpenBLAS runs on one thread
(index/blas_threads.py: the same parses, ~15 % less CPU on short texts), and its token encoders
run without thinc's layer plumbing (index/token_encoder.py: the same vectors, bit for bit).
"""

from __future__ import annotations

import sys
import types
from contextlib import contextmanager
from functools import lru_cache

from index.blas_threads import multiply_with_numpy
from index.token_encoder import install as fuse_token_encoders


def import_spacy():
    """The `spacy` module; its first import here leaves `spacy.cli` unimported."""
    if "spacy" not in sys.modules:
        _entry_points_by_group()
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


def load(name: str):
    """The installed pipeline `name`, as `spacy.load(name)` gives it, made with less work.

    spaCy makes a language's default tokenizer (its 2,700 special cases and affix patterns) and
    then replaces all of it with the pipeline's own tokenizer file, whose loading resets every
    property first: the default one was a sixth of the load, thrown away. It starts empty here."""
    spacy = import_spacy()
    if "whosaid.UnsetTokenizer.v1" not in spacy.registry.tokenizers:
        spacy.registry.tokenizers("whosaid.UnsetTokenizer.v1", func=_unset_tokenizer)
    with _decoders_listed_once():
        nlp = spacy.load(name, config={"nlp": {"tokenizer": {"@tokenizers": "whosaid.UnsetTokenizer.v1"}}})
    multiply_with_numpy(nlp)
    fuse_token_encoders(nlp)
    return nlp


@contextmanager
def _decoders_listed_once():
    """srsly lists its msgpack decoders (a catalogue registry) anew for each of the ~130 weight
    arrays a pipeline's files hold, each time scanning every function any package registered:
    20 ms of a load. The list is taken once for the load (spaCy registers no decoder while
    loading: numpy's is srsly's own), and the registry's own lookup is back after it."""
    from srsly.msgpack import msgpack_decoders as decoders

    if "get_all" in vars(decoders):  # another load (another thread) has it listed already
        yield
        return
    listed = decoders.get_all()
    decoders.get_all = lambda: listed
    try:
        yield
    finally:
        vars(decoders).pop("get_all", None)


def _unset_tokenizer():
    from spacy.tokenizer import Tokenizer

    def make(nlp):
        return Tokenizer(nlp.vocab)  # set entirely from the pipeline's tokenizer file when it loads

    return make


def _entry_points_by_group() -> None:
    """spaCy's registries (catalogue) look up plug-ins among the installed packages' entry points
    on every lookup, and loading a pipeline makes ~250 lookups (one per serialised weight, for
    msgpack's decoders): each filtered every entry point of every package, 15 % of the load.
    The same entry points, grouped once, as catalogue also accepts them."""
    import catalogue

    found = catalogue.AVAILABLE_ENTRY_POINTS
    if type(found) is dict:  # grouped already
        return
    # importlib.metadata's SelectableGroups (a dict of groups, Python 3.10-3.11) or EntryPoints (3.12+)
    points = [p for group in found.values() for p in group] if isinstance(found, dict) else list(found)
    grouped: dict[str, list] = {}
    for point in points:
        grouped.setdefault(point.group, []).append(point)
    catalogue.AVAILABLE_ENTRY_POINTS = grouped


def _info(*args, **kwargs):
    from spacy.cli.info import info

    return info(*args, **kwargs)


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """spaCy's English stop words (spacy.lang.en)."""
    import_spacy()
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)
