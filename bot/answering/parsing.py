"""spaCy parses of questions and candidate sentences: kept a while, and made several at a time.

Parsing the candidate sentences is most of a new question's answering (3-4 ms a sentence, 6-7
with named entities), and the checks each read a few sentences one by one. A run of the
pipeline costs about 3 ms whatever its size plus about 1 ms a sentence, so a check that knows
which sentences it reads next parses them together first (`parse_batch`): three sentences cost
half what they cost one by one, with the same annotations (each component runs over a batch
exactly as over one; checked on every sentence of the eval sets and the seeds).

The components run one by one (`nlp(text, disable=...)` spends about 0.6 ms a call arranging
it), with the attribute ruler's rules applied by lookup, as the statement parse does
(index/statements/attributes.py: the same annotations, at a fraction of the cost), and the
lemmatizer's lemmas kept (lemmas.py: the same lemmas). Parses with
and without named entities are kept apart: a parse without them has no entity on any token.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Callable, Iterable
from functools import lru_cache, update_wrapper

from cachetools import LRUCache

from bot.answering.lemmas import KeptLemmas
from index.statements.nlp import attributes, pipeline

KEPT = 256  # sentences per kind of parse: one answer reads at most a few dozen
_PARSES = {False: LRUCache(maxsize=KEPT), True: LRUCache(maxsize=KEPT)}  # with entities? -> text -> Doc
_LOCK = threading.Lock()


def parse(text: str, entities: bool = False):
    """The parse of `text` (tags, dependencies, lemmas; named entities when asked). Read-only."""
    with _LOCK:
        doc = _PARSES[entities].get(text)
    if doc is None:
        (doc,) = _run([text], entities)
        with _LOCK:
            _PARSES[entities][text] = doc
    return doc


def lemmas_parse(text: str):
    """A parse of `text` to read its tags, dependencies and lemmas only, not its entities: the one
    kept with entities when there is one, else one without them (named entities come after the
    lemmatizer and change no other annotation; a parse without them costs less, and is the kind the
    other checks of tags and dependencies keep)."""
    with _LOCK:
        doc = _PARSES[True].get(text)
    return doc if doc is not None else parse(text)


def tokens(text: str):
    """`text` cut into tokens as its parse would be (the tokenizer and the step joining a given
    name's short form to its point, which come before any annotation)."""
    nlp = pipeline()
    doc = nlp.make_doc(text)
    for name, component in nlp.pipeline:
        if name != "whosaid_given_name_points":
            break
        doc = component(doc)
    return doc


def parse_batch(texts: Iterable[str], entities: bool = False) -> None:
    """Parse together the texts a check is about to read one by one (kept for `parse`)."""
    with _LOCK:
        missing = list(dict.fromkeys(t for t in texts if t not in _PARSES[entities]))
    if len(missing) < 2:
        return  # one alone is parsed when read
    docs = _run(missing, entities)
    with _LOCK:
        for text, doc in zip(missing, docs):
            _PARSES[entities][text] = doc


def _run(texts: list[str], entities: bool) -> list:
    nlp = pipeline()
    rule = attributes()
    docs = [nlp.make_doc(t) for t in texts]
    for name, component in nlp.pipeline:
        if name == "attribute_ruler":
            docs = [rule(d) for d in docs]
        elif name == "lemmatizer":
            lemmatize = _kept_lemmas(component)
            docs = [lemmatize(d) for d in docs]
        elif name != "ner" or entities:
            docs = list(component.pipe(docs)) if len(docs) > 1 else [component(docs[0])]
    return docs


@lru_cache(maxsize=2)
def _kept_lemmas(lemmatizer) -> KeptLemmas:
    return KeptLemmas(lemmatizer)


class Kept:
    """A function of sentences whose results are kept (least recently used out), and which tells
    whether a result is kept: a check parses ahead only the sentences it has not read before."""

    def __init__(self, fn: Callable, maxsize: int):
        self._fn = fn
        self._kept: LRUCache = LRUCache(maxsize=maxsize)
        self._lock = threading.Lock()
        self._signature = inspect.signature(fn)
        update_wrapper(self, fn)

    def _key(self, args: tuple, kwargs: dict) -> tuple:
        """The arguments with defaults filled in: f(s) and f(s, False) are one result."""
        if not kwargs and len(args) == len(self._signature.parameters):
            return args
        bound = self._signature.bind(*args, **kwargs)
        bound.apply_defaults()
        return bound.args

    def __call__(self, *args, **kwargs):
        key = self._key(args, kwargs)
        with self._lock:
            found = self._kept.get(key, _MISSING)
        if found is _MISSING:
            found = self._fn(*key)
            with self._lock:
                self._kept[key] = found
        return found

    def known(self, *args, **kwargs) -> bool:
        key = self._key(args, kwargs)
        with self._lock:
            return key in self._kept

    def cache_clear(self) -> None:
        with self._lock:
            self._kept.clear()


_MISSING = object()


def kept(maxsize: int) -> Callable[[Callable], Kept]:
    """`@kept(n)`: like `functools.lru_cache(maxsize=n)`, and `known(...)` tells whether a result is kept."""
    return lambda fn: Kept(fn, maxsize)
