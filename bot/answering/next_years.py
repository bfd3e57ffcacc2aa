"""Does the answer to a question about next year's event give only this year's?

    Where will next year's cup final be played?   "the final at Carrow Park on March 15" (reported in March)
    When does next year's oyster season open?     "the season would open on April 7" (reported in March)
    When is next year's budget due?               "the 2027 budget will be tabled on 3 October" (reported 2026) answered

A day and month without a year, later in the year than the report, is a day of the report's own year:
the event it dates is this year's, and next year's is not told. A sentence naming next year, the
following year or a later year than the report's may tell the one asked, and is left to answer; so is
a sentence that names no day at all.
"""

from __future__ import annotations

import re
from datetime import date

from index.datelines import MONTH
from index.statements.dates import MONTHS

_NEXT_YEARS = re.compile(r"\bnext\s+(?:year|season)(?:'s|’s)\s+[a-z]", re.I)
_MONTH = rf"({MONTH})\.?"  # the month names and abbreviations the date lines read
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b|\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th)?\b")
_LATER = re.compile(r"\b(?:next|following|coming)\s+(?:year|season)\b|\b(?:in\s+a\s+year|a\s+year\s+from)\b|\b(?:19|20)\d\d\b", re.I)


def this_years_day_only(question: str, dated: list[tuple[str, date | None]]) -> int | None:
    """"next year's final" asked and no chosen sentence (text, its report's date) names a later year,
    while one dates the event on a day of its report's year: that sentence's index, else None."""
    if not dated or not _NEXT_YEARS.search(question):
        return None
    found = None
    for i, (text, published) in enumerate(dated):
        if _LATER.search(text):
            return None  # next year, or a year written out: it may be the one asked
        if found is None and published is not None and _day_this_year(text, published):
            found = i
    return found


def _day_this_year(text: str, published: date) -> bool:
    for m in _DAY_MONTH.finditer(text):
        name = (m.group(2) or m.group(3)).lower()
        month = next((n for n, full in enumerate(MONTHS, 1) if full.startswith(name[:3])), None)
        day = int(m.group(1) or m.group(4))
        if month is not None and 1 <= day <= 31 and (month, day) >= (published.month, published.day):
            return True
    return False
