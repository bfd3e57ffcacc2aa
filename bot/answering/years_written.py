"""A question asking of "last year" or "this year" where the article writes the year's number ("how
many complaints were logged last year": "had logged 214 complaints in 2025", in a report of March
2026): the sentence naming that year, counted against the article's own date, holds the question's
"last year" as if it wrote it. Without this the words "last" and "year" count as missing and the
one sentence that answers scores below the floor."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

from bot.answering.terms import stems

# (a year asked relative to now; "the year before" and "next year" are left: rarely written as a number)
_ASKED = re.compile(r"\b(last|this|past)\s+year\b", re.I)
_YEAR = re.compile(r"(?<![\d,.£$€-])(19\d\d|20\d\d)(?!\d|[,.]\d)")  # not "2,025" nor "2025.5"
_BACK = {"last": 1, "past": 1, "this": 0}


def with_years_written(question: str, candidates, published_of: Callable[[str], date | None]) -> None:
    """Give each sentence naming the asked year by its number the question's words for it."""
    m = _ASKED.search(question)
    if m is None:
        return
    back = _BACK[m.group(1).lower()]
    words = frozenset(stems(m.group(0)))
    dates: dict[str, date | None] = {}
    for c in candidates:
        aid = c.chunk.chunk.article_id
        if aid not in dates:
            dates[aid] = published_of(aid)
        day = dates[aid]
        if day is None or words <= c.terms:
            continue
        if any(int(y) == day.year - back for y in _YEAR.findall(c.text)):
            c.terms = c.terms | words
