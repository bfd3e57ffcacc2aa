"""The day a heading sets for the entries below it: a live blog's "Monday 11 November" (with or
without its "21:40 GMT"), a timeline's "12 March 2024". Statements under such a heading that
name no time of their own were made that day, not on the blog's publication (last update) day.
A date heading counts only when it is a date and nothing else, and comes after the article's
first body paragraph (a date line at the top is the publication's own)."""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from index.models import Article
from index.statements.dates import find_time_phrases
from index.statements.when import resolve
from index.textnorm import fold

# a clock time and its zone, as a blog entry's heading prints it: "21:40 GMT", "9.05am", "14:32 BST"
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4}\b)?|\b\d{1,2}\s*[aApP]\.?[mM]\.?(?=\W|$)")


def heading_days(article: Article, pub: date | None, body_start: int) -> list[tuple[int, str, date]]:
    """(offset, heading as written, day) of each date heading after `body_start`, in text order;
    and of the clock headings ("21:40 GMT") that fall on another day than the one above them: in a
    blog whose entries run newest first, a clock later than the one above it is the day before
    (oldest first, a clock earlier than the one above it is the day after, counted only from a date
    heading)."""
    if pub is None:
        return []
    heads = []  # (offset, written, day or None, minutes or None)
    for s in article.subheadings:
        written = fold(article.text[s.start:s.end]).strip()
        clock = _minutes(written)
        rest = _CLOCK.sub(" ", written).strip(" ,.-|:")
        if not rest:
            if clock is not None:  # (the first entry's clock may come before the first paragraph)
                heads.append((s.start, written, None, clock))
            continue
        if s.start < body_start:
            continue
        phrases = find_time_phrases(rest)
        left = list(rest)
        for ph in phrases:
            left[ph.start:ph.end] = " " * (ph.end - ph.start)
        if not phrases or "".join(left).strip(" ,."):
            continue  # more than a date ("Published: ...", "What happened on Monday")
        got = resolve(rest, pub)
        if got and got[0] == got[1] and got[0] <= pub:
            heads.append((s.start, written, got[0], clock))
    clocks = [h[3] for h in heads if h[2] is None]
    falling = sum(a > b for a, b in zip(clocks, clocks[1:]))
    newest_first = falling * 2 > len(clocks) - 1 if len(clocks) >= 3 else None
    out: list[tuple[int, str, date]] = []
    day, dated, last = pub, False, None
    for offset, written, named, clock in heads:
        if named is not None:
            day, dated = named, True
            out.append((offset, written, day))
        elif last is not None and newest_first is not None and clock != last and (clock > last) == newest_first:
            if newest_first or dated:
                day, dated = day + timedelta(days=-1 if newest_first else 1), True
                out.append((offset, written, day))
        elif dated:
            out.append((offset, written, day))
        last = clock if clock is not None or named is None else None  # (a new day: no clock above it yet)
    return out


_HOUR = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?\.?m?\.?", re.I)


def _minutes(text: str) -> int | None:
    """Minutes after midnight of the clock time a heading prints ("21:40 GMT", "9.05pm")."""
    m = _CLOCK.search(text)
    if not m:
        return None
    h = _HOUR.match(m.group(0))
    hour, minute = int(h.group(1)), int(h.group(2) or 0)
    if h.group(3) and h.group(3).lower() == "p" and hour < 12:
        hour += 12
    if h.group(3) and h.group(3).lower() == "a" and hour == 12:
        hour = 0
    return hour * 60 + minute if hour < 24 and minute < 60 else None


def day_under(headings: list[tuple[int, str, date]], pos: int) -> tuple[str, date] | None:
    """The (heading, day) of the last date heading before `pos`."""
    k = bisect.bisect_right(headings, pos, key=lambda h: h[0])
    return headings[k - 1][1:] if k else None
