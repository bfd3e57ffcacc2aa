"""The day a heading sets for the entries below it: a live blog's "Monday 11 November" (with or
without its "21:40 GMT"), a timeline's "12 March 2024". Statements under such a heading that
name no time of their own were made that day, not on the blog's publication (last update) day.
A heading counts only when it is a date and nothing else, and comes after the article's first
body paragraph (a date line at the top is the publication's own)."""

from __future__ import annotations

import bisect
import re
from datetime import date

from index.models import Article
from index.statements.dates import find_time_phrases
from index.statements.when import resolve
from index.textnorm import fold

# a clock time and its zone, as a blog entry's heading prints it: "21:40 GMT", "9.05am", "14:32 BST"
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\b|\b\d{1,2}\s*[ap]\.?m\.?(?=\W|$)", re.I)


def heading_days(article: Article, pub: date | None, body_start: int) -> list[tuple[int, str, date]]:
    """(offset, heading as written, day) of each date heading after `body_start`, in text order."""
    if pub is None:
        return []
    out = []
    for s in article.subheadings:
        if s.start < body_start:
            continue
        written = fold(article.text[s.start:s.end]).strip()
        rest = _CLOCK.sub(" ", written).strip(" ,.-|:")
        phrases = find_time_phrases(rest)
        left = list(rest)
        for ph in phrases:
            left[ph.start:ph.end] = " " * (ph.end - ph.start)
        if not phrases or "".join(left).strip(" ,."):
            continue  # more than a date ("Published: ...", "What happened on Monday")
        got = resolve(rest, pub)
        if got and got[0] == got[1] and got[0] <= pub:
            out.append((s.start, written, got[0]))
    return out


def day_under(headings: list[tuple[int, str, date]], pos: int) -> tuple[str, date] | None:
    """The (heading, day) of the last date heading before `pos`."""
    k = bisect.bisect_right(headings, pos, key=lambda h: h[0])
    return headings[k - 1][1:] if k else None
