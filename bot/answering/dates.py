"""The resolved date written beside a relative time phrase: "on Saturday (12 October 2024)".

A weekday reads backwards from the report's date ("denied on Saturday"), forwards when the
sentence speaks of the future ("would be announced on Saturday", "are due to meet on Monday").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from index.statements.dates import find_time_phrases, resolve, with_date

_FUTURE = re.compile(r"\b(?:will|would|shall|is due|are due|due to|expected to|is to|are to|plans? to|scheduled|"
                     r"set to|next|before .{0,20}at the earliest|from)\b", re.I)
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def dated_phrase(sentence: str, published: date | None) -> str | None:
    """The sentence's first relative day phrase with its date, when the sentence needs one."""
    if published is None:
        return None
    for tp in find_time_phrases(sentence):
        if tp.kind not in ("wday", "rel"):
            continue
        rng = resolve(tp.text, published)
        if rng is None or rng[0] != rng[1]:
            continue
        day = rng[0]
        low = tp.text.lower()
        if tp.kind == "wday" and not low.startswith(("last", "earlier")) and _FUTURE.search(sentence[: tp.start]):
            day = _forward(low, published)
        return with_date(tp.text, day, day)
    return None


def _forward(phrase: str, published: date) -> date:
    wd = next(i for i, w in enumerate(_WEEKDAYS) if w in phrase)
    ahead = (wd - published.weekday()) % 7 or 7
    return published + timedelta(days=ahead)
