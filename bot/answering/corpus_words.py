"""The words the articles use, as a question's typed words are checked against them: how often
each is written in lower case, and the capitalised form of those written only capitalised (names).

Read from the stored passages once per corpus generation (an ingest or removal makes a new one).
"""

from __future__ import annotations

import re
import sqlite3
import threading
from collections import Counter
from dataclasses import dataclass

# Lower-case words; capitalised ones, and those after a lower-case word or a comma (mid-sentence, so
# the capital is the word's own, not a sentence's); two capitalised words side by side. Regular
# expressions over the whole text at once: a large corpus is read in seconds, not minutes.
_LOWER = re.compile(r"(?<![^\W\d_])[^\W\dA-Z_À-ÖØ-Þ][^\W\d_]*(?![^\W\d_])")
_CAPITAL = re.compile(r"(?<![^\W\d_])[A-ZÀ-ÖØ-Þ][^\W\d_]*")
_MID = re.compile(r"(?<=[a-z,] )[A-ZÀ-ÖØ-Þ][^\W\d_]*")
_WORD = re.compile(r"[^\W\d_]+")
_PAIR = re.compile(r"(?<![^\W\d_])([A-ZÀ-ÖØ-Þ][^\W\d_]*) (?=([A-ZÀ-ÖØ-Þ][^\W\d_]*))")


@dataclass(frozen=True)
class CorpusWords:
    lower: Counter  # word -> times written in lower case
    capitalised: dict  # lower-case word -> its capitalised form, for words written capitalised mid-sentence
    known: frozenset  # every word, lower case, however written
    name_pairs: frozenset  # two words written capitalised side by side ("lower", "saxony")
    choices: tuple  # words a misspelling may stand for: those written in lower case, and those written
    # only capitalised mid-sentence, of which only English words ("Councillor Quessy"), never a name
    counts: Counter  # how often each of the choices is written
    capital: Counter  # lower-case word -> times written capitalised mid-sentence
    word_pairs: frozenset = frozenset()  # two words side by side, lower case ("car", "park"): a phrase the articles write

    def writes(self, phrase: str) -> bool:
        """Whether the articles write `phrase` (one word, or two side by side; longer: each pair of it)."""
        words = phrase.lower().split()
        if len(words) == 1:
            return words[0] in self.known
        return all(pair in self.word_pairs for pair in zip(words, words[1:]))

    def common(self, word: str) -> bool:
        """Written in lower case somewhere: an ordinary word, not only a name."""
        return self.lower[word] > 0


def read_words(texts) -> CorpusWords:
    text = "\n".join(texts)
    lower = Counter(w for w in _LOWER.findall(text) if w.islower())
    forms: dict[str, Counter] = {}
    for word, n in Counter(_MID.findall(text)).items():
        forms.setdefault(word.lower(), Counter())[word] += n
    capitalised = {w: c.most_common(1)[0][0] for w, c in forms.items()}
    known = set(lower) | {w.lower() for w in set(_CAPITAL.findall(text))}
    pairs = {(a.lower(), b.lower()) for a, b in set(_PAIR.findall(text))}
    # (whether a capitalised word is an English word, not a name, is asked of the few near a misspelling)
    titles = {w: sum(forms[w].values()) for w in capitalised if w not in lower and w.isalpha()}
    counts = lower + Counter(titles)
    capital = Counter({w: sum(c.values()) for w, c in forms.items()})
    words = _WORD.findall(text.lower())
    word_pairs = frozenset(zip(words, words[1:]))
    return CorpusWords(lower, capitalised, frozenset(known), frozenset(pairs), tuple(counts), counts, capital, word_pairs)


_cache: dict = {}
_lock = threading.Lock()


def corpus_words(corpus) -> CorpusWords | None:
    """The corpus's words, or None for a corpus that cannot list its passages."""
    if not hasattr(corpus, "all_chunks"):
        return None
    try:
        generation = getattr(corpus, "generation", None)
        key = (id(corpus), generation() if callable(generation) else generation)
    except (sqlite3.Error, ValueError):  # a corpus being rebuilt: no correction this once
        return None
    with _lock:
        found = _cache.get(key)
    if found is None:
        found = read_words(c.text for c in corpus.all_chunks())
        with _lock:
            _cache.clear()
            _cache[key] = found
    return found
