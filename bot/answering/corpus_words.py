"""The words the articles use, as a question's typed words are checked against them: how often
each is written in lower case, and the capitalised form of those written only capitalised (names).

Read from the stored passages once per corpus generation (an ingest or removal makes a new one).
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass

_WORD = re.compile(r"[^\W\d_]+")
# A capital after a sentence's end, a quotation mark or a label's colon says nothing of the word.
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘'(\[\n•–—-])\s*$")


@dataclass(frozen=True)
class CorpusWords:
    lower: Counter  # word -> times written in lower case
    capitalised: dict  # lower-case word -> its capitalised form, for words written capitalised mid-sentence
    known: frozenset  # every word, lower case, however written
    name_pairs: frozenset  # two words written capitalised side by side ("lower", "saxony")
    choices: tuple  # the words written in lower case, as candidates for a misspelling

    def common(self, word: str) -> bool:
        """Written in lower case somewhere: an ordinary word, not only a name."""
        return self.lower[word] > 0


def read_words(texts) -> CorpusWords:
    lower: Counter = Counter()
    capital: Counter = Counter()
    forms: dict[str, Counter] = {}
    known: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for text in texts:
        last = None
        for m in _WORD.finditer(text):
            word = m.group(0)
            low = word.lower()
            known.add(low)
            if word[0].isupper() and last is not None and last[1] and text[last[0]:m.start()] == " ":
                pairs.add((last[2], low))
            last = (m.end(), word[0].isupper(), low)
            if word.islower():
                lower[low] += 1
            elif word[0].isupper() and not _SENTENCE_START.search(text[max(0, m.start() - 3):m.start()]):
                capital[low] += 1
                forms.setdefault(low, Counter())[word] += 1
    capitalised = {w: forms[w].most_common(1)[0][0] for w in capital}
    return CorpusWords(lower, capitalised, frozenset(known), frozenset(pairs), tuple(lower))


_cache: dict = {}
_lock = threading.Lock()


def corpus_words(corpus) -> CorpusWords | None:
    """The corpus's words, or None for a corpus that cannot list its passages."""
    if not hasattr(corpus, "all_chunks"):
        return None
    try:
        generation = getattr(corpus, "generation", None)
        key = (id(corpus), generation() if callable(generation) else generation)
    except Exception:  # a corpus being rebuilt: no correction this once
        return None
    with _lock:
        found = _cache.get(key)
    if found is None:
        found = read_words(c.text for c in corpus.all_chunks())
        with _lock:
            _cache.clear()
            _cache[key] = found
    return found
