"""A count asked ("how many boats did the yard repair last year") where the chosen sentences give no
count at all: they speak of the thing ("The yard will not repair boats left unpaid") or price it
("The fee is £30 a year for one boat"), but hold no number that counts anything.

    How many boats did the yard repair?   "The fee is £30 a year for one boat."   a price, not a count
    How many boats did the yard repair?   "The yard repaired 212 boats."          answered

A number is a count unless it is money (a currency beside it), a year, a day or a clock time
(question.amounts), the "one" of a price's unit ("for one boat", "per boat"), or a length of time
("seven days to collect them", "one hour late": it measures a wait, it counts no thing asked, unless
the question counts days or hours itself). A percentage is kept as
a count: "60 per cent of households" may be all the articles give of how many. Money asked in
"how many pounds" is never checked.
"""

from __future__ import annotations

import re

from bot.answering.question import DURATION_UNITS, MONEY_PREFIX, _AMOUNT, amounts
from index.vocabulary import vocabulary

_V = vocabulary()
_HOW_MANY = re.compile(r"^\s*(?:and\s+)?how\s+many\b", re.I)
_CURRENCY_WORDS = frozenset(w.lower() for w in _V.currencies)
_SIGN = "[" + "".join(map(re.escape, _V.currency_signs)) + "]"
# money: a sign or prefix right before the digits, or a currency word or magnitude right after them
_MONEY_BEFORE = re.compile(rf"(?:{_SIGN}|(?:{MONEY_PREFIX}))\s?$")
_MONEY_AFTER = re.compile(r"^\s*(?:(?:million|billion|m|bn|k)\s+)?(?:" + "|".join(map(re.escape, sorted(_CURRENCY_WORDS))) + r")\b", re.I)
# the unit a price is for: "£30 for one boat", "per boat"
_UNIT_BEFORE = re.compile(r"\b(?:for|per|each)\s+$", re.I)
# a length of time: the number's next word is a unit of time ("seven days", "one hour late")
_TIME_AFTER = re.compile(r"^[\s-]+(?:" + "|".join(sorted(DURATION_UNITS, key=len, reverse=True)) + r")\b", re.I)


def no_count_given(q, chosen: list) -> object | None:
    """chosen[0] when a how-many question's chosen sentences hold no number that counts; else None."""
    if not chosen or q.kind != "how-many" or not _HOW_MANY.search(q.text) or not q.counted_word:
        return None
    if q.counted_word.lower() in _CURRENCY_WORDS:
        return None
    times = q.counted_word.lower() in DURATION_UNITS  # "how many days": a length of time is the count
    if any(_counts(c.text, times) for c in chosen):
        return None
    if any(_ordinal_of(c.text, q.counted_word) for c in chosen):
        return None  # "Third big blackout in two years": the ordinal counts them
    return chosen[0]


_ORDINAL = re.compile(r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\d+(?:st|nd|rd|th))"
                      r"((?:\s+[\w\-]+){1,3})", re.I)


def _ordinal_of(text: str, counted: str) -> bool:
    """An ordinal before the thing counted ("the third big blackout"): it tells how many so far."""
    head = counted.lower().rstrip("s")
    return any(w.lower().rstrip("s") == head for m in _ORDINAL.finditer(text) for w in m.group(1).split())


def _counts(text: str, times: bool = False) -> bool:
    """Whether `text` holds a number that counts something (not money, a date or a price's unit)."""
    told = set(amounts(text))
    for m in _AMOUNT.finditer(text):
        word = m.group(1).rstrip(".,")
        if word not in told:
            continue  # a year, a day, a clock time
        before, after = text[:m.start()], text[m.end():]
        if m.group(0) != m.group(1) or _MONEY_BEFORE.search(before) or _MONEY_AFTER.match(after):
            continue  # money: "£48", "$3m", "40 dollars"
        if word.lower() == "one" and _UNIT_BEFORE.search(before):
            continue  # "£48 a year for one bin": the unit a price is for
        if not times and _TIME_AFTER.match(after):
            continue  # "owners will have seven days to collect them": a wait, not a count
        return True
    return False
