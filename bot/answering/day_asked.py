"""A question asking for a date or a day ("What date was the episode recorded?", "On what day did
they meet?") is not answered by a sentence that places its thing only in a season, a week or a
year ("Last season's episode ...", "earlier this year"): nothing in it names a day. A sentence
names a day with a digit, a month, a weekday, a day word ("yesterday", "the next day") or a part of
a day ("Good afternoon and welcome to the call": the day of the text, its label's).
"""

from __future__ import annotations

import re

from index.statements.dates import MONTH_WORDS, WEEKDAYS

_DAY_ASKED = re.compile(r"^\s*(?:and\s+)?(?:(?:on|by|until|till|from)\s+)?(?:what|which)\s+(?:exact\s+)?(?:date|day)\b", re.I)
_NAMES_DAY = re.compile(r"\d|\b(?:" + "|".join(map(re.escape, (*MONTH_WORDS, *WEEKDAYS))) + r")\b|"
                        r"\b(?:yesterday|today|tonight|tomorrow|day|days|date|dated|morning|afternoon|evening|night|noon|midnight)\b", re.I)


def asks_day(question: str) -> bool:
    """The question asks for a date or a day by name ("what date", "on which day")."""
    return _DAY_ASKED.match(question) is not None


def names_day(sentence: str) -> bool:
    """The sentence may name a day: a digit, a month, a weekday or a word of days."""
    return _NAMES_DAY.search(sentence) is not None
