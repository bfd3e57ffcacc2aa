"""Spellings of one name: "Jorge Vega" and "Jorje Vega" are one person; "X's office"
and "X's press office" one office.

Edit distance is rapidfuzz's; callers pass short candidate lists (speakers sharing a word).
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz.distance import Levenshtein


def edit1(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion or deletion."""
    return Levenshtein.distance(a, b, score_cutoff=1) <= 1


def same_person(a: str, b: str) -> bool:
    """Full names of as many words, differing by one edit in at most one word."""
    ta, tb = a.lower().split(), b.lower().split()
    if len(ta) != len(tb) or len(ta) < 2:
        return False
    return all(edit1(x, y) for x, y in zip(ta, tb)) and sum(x != y for x, y in zip(ta, tb)) <= 1


def same_office(a: str, b: str) -> bool:
    """"Vega's office" and "Vega's press office": one person's office, one name
    with a qualifier more (same owner, same head noun, the shorter's words all in the longer)."""
    ta, tb = a.lower().replace("’", "'").split(), b.lower().replace("’", "'").split()
    if len(ta) == len(tb) or min(len(ta), len(tb)) < 2 or not ta[0].endswith("'s") or not a[:1].isupper():
        return False
    short, long_ = sorted((ta, tb), key=len)
    return short[0] == long_[0] and short[-1] == long_[-1] and set(short) <= set(long_)


def canonical_merge(name: str, known: Iterable[str]) -> str:
    """`name`, or an already known spelling of the same person (or the same person's office)."""
    for k in known:
        if k != name and (same_person(k, name) or same_office(k, name)):
            return k
    return name


class NearSpellings:
    """Words within one edit of a word, found without comparing it with every word kept.

    Each word is filed under itself and each of its one-letter deletions; two words one edit
    apart always share such a key (a substitution: both less that letter; an insertion or a
    deletion: the longer less it is the shorter), so only words sharing a key are compared.
    At 10,000 articles a variant spelling was compared with ~350 speakers' last words a
    question; it now meets only its true neighbours and the few that share a key by chance.
    """

    def __init__(self, words: Iterable[str]):
        keys: dict[str, list[str]] = {}
        for word in set(words):
            for key in _deletions(word):
                keys.setdefault(key, []).append(word)
        # Tuples of strings: no work for the cyclic collector once it has seen them.
        self._keys = {key: tuple(found) for key, found in keys.items()}

    def near(self, word: str) -> set[str]:
        """The words kept within one edit of `word` (itself included)."""
        return {w for key in _deletions(word) for w in self._keys.get(key, ()) if edit1(word, w)}


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1:] for i in range(len(word)))}
