"""A day of another calendar's month, as a newspaper that uses it writes it: "told reporters on Tir 12",
"on 12 Ramadan". The date parser reads only Gregorian months; such a phrase still says when
(index/vocabulary.yaml `other_calendar_months`).

Ingest reads such days without a table (index/carrier_dates.py, index/statements/other_calendar.py):
there the page's date line pairs the month with a Gregorian day, which shows it is a month. A
sentence weighed here has no pair beside it, so only a table tells "Tir 12" from a name and a number."""

from __future__ import annotations

import re
from functools import cache


@cache
def _pattern() -> re.Pattern:
    from index.vocabulary import vocabulary

    months = "|".join(re.escape(m) for m in sorted(vocabulary().other_calendar_months, key=lambda w: (-len(w), w)))
    if not months:
        return re.compile(r"(?!)")
    # (case kept: "Tir", "Sene" are month names only capitalised, beside a day's number)
    return re.compile(rf"\b(?:(?:{months})\s+\d{{1,2}}|\d{{1,2}}\s+(?:{months}))\b(?![.,:]?\d|%)")


def says_other_calendar_day(text: str) -> bool:
    return _pattern().search(text) is not None
