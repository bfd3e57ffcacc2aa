"""Does the answer tell of another one in a series than the one asked?

    How much did it earn in the fourth quarter?   "third-quarter net income fell to 212 million"
    When does the third consultation open?        "A second public consultation will open on Friday"

The question numbers the thing (first, second, third quarter, Q4); the sentence numbers the same thing
otherwise and never the way asked: it tells of another one, a near miss.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems

_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10,
}  # (not "1st", "3rd": those mostly number days of a month)
_QUARTER = re.compile(r"\bq([1-4])\b", re.I)
_WORD = re.compile(r"[a-z0-9']+")
# An ordinal numbers the noun at most two words on ("the second public consultation").
_REACH = 3


def _numbered(text: str) -> list[tuple[int, str]]:
    """(number, stem of the noun it numbers) for each ordinal in `text`, Q1-Q4 read as quarters."""
    text = _QUARTER.sub(lambda m: f"{['first', 'second', 'third', 'fourth'][int(m.group(1)) - 1]} quarter", text)
    words = _WORD.findall(text.lower().replace("-", " "))
    found = []
    for i, w in enumerate(words):
        if w in _ORDINALS:
            for after in words[i + 1 : i + 1 + _REACH]:
                if after in _ORDINALS:
                    break
                found += [(_ORDINALS[w], s) for s in stems(after)]
    return found


def other_in_series(question: str, texts: list[str]) -> bool:
    asked = _numbered(question)
    if not asked or not texts:
        return False
    return all(_other(asked, text) for text in texts)


def _other(asked: list[tuple[int, str]], text: str) -> bool:
    given = _numbered(text)
    asked_numbers = {n for n, _ in asked}
    if {n for n, _ in given} & asked_numbers:
        return False  # the sentence numbers something the way asked: it may be the one
    nouns = {s for _, s in asked}
    return any(s in nouns for _, s in given)
