"""A day of another calendar written in the body ("told reporters on Tir 12"), counted from the
equivalence the page's date line gives ("Saturday, Tir 16, 2018 (January 24, 2026)"; index.carrier_dates).

A day of the same month of that calendar is so many days before or after the paired Gregorian day,
whatever the calendar is: no table of its months is needed. A day of another of its months ("on
Yekatit 2") cannot be counted without the calendar, and is left undated; it is never a Gregorian day
either, as its month is no Gregorian month's name.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from index.carrier_dates import Equivalence


def day_in(text: str, pair: Equivalence | None) -> tuple[str, date, None, str] | None:
    """(phrase, Gregorian day, None, "explicit") of the first day of the paired month `text`
    writes ("on Tir 12", "on the 12th of Tir"), or None."""
    if pair is None:
        return None
    month = re.escape(pair.month)
    pattern = re.compile(rf"\b(?:on\s+)?(?:{month}\s+(?P<a>\d{{1,2}})(?![\d,]*\s*\d{{4}})"
                         rf"|(?:the\s+)?(?P<b>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month}(?!\s*,?\s*\d{{4}}))\b")
    m = pattern.search(text)
    if m is None:
        return None
    day = int(m.group("a") or m.group("b"))
    if not 1 <= day <= 31:
        return None
    return m.group(0), pair.gregorian + timedelta(days=day - pair.day), None, "explicit"
