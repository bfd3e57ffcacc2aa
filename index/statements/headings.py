"""The day a heading sets for the entries below it: a live blog's "Monday 11 November" (with or
without its "21:40 GMT"), a timeline's "12 March 2024". Statements under such a heading that
name no time of their own were made that day, not on the blog's publication (last update) day.
A date heading counts only when it is a date and nothing else, and comes after the article's
first body paragraph (a date line at the top is the publication's own)."""

from __future__ import annotations

import bisect
import re
from datetime import date, timedelta

from index import datelines
from index.models import Article
from index.statements.dates import find_time_phrases
from index.statements.when import resolve
from index.textnorm import fold

# a clock time and its zone, as a blog entry's heading prints it: "21:40 GMT", "9.05am", "14:32 BST"
# A timeline entry's head: its day, then a separator and the entry's title or first sentence
# ("3 March 2024 - Council votes", "Tuesday 16 April 2024 | Traders protest", "17 April 2024: X said");
# or a month alone ("April 2024"), the month as a range.
_ENTRY = re.compile(rf"^(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?(?P<date>{datelines.DATE})\s*(?:[-|:]\s+(?P<title>\S.*))?$", re.I)
_MONTH_HEAD = re.compile(rf"^(?P<month>{datelines.MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)(?:\s*[-|:]\s+\S.*)?$", re.I)
_ENTRY_PARA = re.compile(rf"(?m)^(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?(?P<date>{datelines.DATE})\s*[-|:]\s+(?=\S)", re.I)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the bound an undated timeline's entry days are checked against: any day a story can name
_NO_BOUND = date(2100, 1, 1)
_CLOSED = "closed"  # a closing section's heading: the entry above it ends there
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}(?:\s*[aApP]\.?[mM]\.?)?(?:\s+[A-Z]{2,4}\b)?|\b\d{1,2}\s*[aApP]\.?[mM]\.?(?=\W|$)")


def heading_days(article: Article, pub: date | None, body_start: int) -> list[tuple[int, str, date, date]]:
    """(offset, heading as written, first day, last day) of each date heading after `body_start`, in
    text order; of a timeline's entries ("3 March 2024 - Council votes", a month alone as a range;
    paragraphs that open with their day, when two or more do); and of the clock headings ("21:40
    GMT") that fall on another day than the one above them: in a blog whose entries run newest
    first, a clock later than the one above it is the day before (oldest first, a clock earlier
    than the one above it is the day after, counted only from a date heading)."""
    undated = pub is None
    if undated:  # a timeline that prints no day of its own: only entries that name their year count
        pub = _NO_BOUND
    heads = []  # (offset, written, (first, last) or None or _CLOSED, minutes or None)
    entry_above = False  # the last dated heading is a timeline entry's ("3 March 2024 - Title", "April 2024")
    for s in article.subheadings:
        written = fold(article.text[s.start:s.end]).strip()
        clock = _minutes(written)
        rest = _CLOCK.sub(" ", written).strip(" ,.-|:")
        if not rest:
            if clock is not None and not undated:  # (the first entry's clock may come before the first paragraph)
                heads.append((s.start, written, None, clock))
            continue
        if s.start < body_start:
            continue
        span = _entry_days(written, pub) if not undated or _YEAR.search(written) else None
        if span:
            heads.append((s.start, written, span, clock))
            entry_above = _is_entry(written)
            continue
        if entry_above and not find_time_phrases(rest):
            # a timeline's closing section ("What happens next") is no part of the entry above it
            heads.append((s.start, written, _CLOSED, None))
            entry_above = False
            continue
        if undated:
            continue
        phrases = find_time_phrases(rest)
        left = list(rest)
        for ph in phrases:
            left[ph.start:ph.end] = " " * (ph.end - ph.start)
        if not phrases or "".join(left).strip(" ,."):
            continue  # more than a date ("Published: ...", "What happened on Monday")
        got = resolve(rest, pub)
        if got and got[0] == got[1] and got[0] <= pub:
            heads.append((s.start, written, (got[0], got[0]), clock))
    entries = sum(1 for h in heads if isinstance(h[2], tuple))
    heads = sorted(heads + _entry_paragraphs(article, pub, body_start, {h[0] for h in heads}, entries, undated),
                   key=lambda h: h[0])
    clocks = [h[3] for h in heads if h[2] is None]
    falling = sum(a > b for a, b in zip(clocks, clocks[1:]))
    newest_first = falling * 2 > len(clocks) - 1 if len(clocks) >= 3 else None
    out: list[tuple[int, str, date, date]] = []
    day, last_day, dated, last = pub, pub, False, None
    for offset, written, named, clock in heads:
        if named is _CLOSED:
            out.append((offset, written, None, None))
            dated, last = False, None
            continue
        if named is not None:
            (day, last_day), dated = named, True
            out.append((offset, written, day, last_day))
        elif last is not None and newest_first is not None and clock != last and (clock > last) == newest_first:
            if newest_first or dated:
                day, dated = day + timedelta(days=-1 if newest_first else 1), True
                last_day = day
                out.append((offset, written, day, day))
        elif dated:
            out.append((offset, written, day, last_day))
        last = clock if clock is not None or named is None else None  # (a new day: no clock above it yet)
    return out


def _is_entry(written: str) -> bool:
    """A timeline entry's heading: a day and the entry's title, or a month alone."""
    m = _ENTRY.match(written)
    return bool(m and m.group("title")) or bool(_MONTH_HEAD.match(written))


def _entry_days(written: str, pub: date) -> tuple[date, date] | None:
    """(first, last) day of a timeline entry's heading: "3 March 2024 - Title", "April 2024"."""
    m = _ENTRY.match(written)
    if m:
        got = resolve(m.group("date"), pub)
        return (got[0], got[1]) if got and got[0] == got[1] and got[0] <= pub else None
    m = _MONTH_HEAD.match(written)
    if m:
        first = datelines.parse_date(f"1 {m.group('month')} {m.group('year')}")
        if first[1]:
            start = date(int(m.group("year")), first[1], 1)
            end = (start + timedelta(days=32)).replace(day=1) - timedelta(days=1)
            return (start, end) if start <= pub else None
    return None


def _entry_paragraphs(article: Article, pub: date, body_start: int, taken: set[int], headed: int,
                      undated: bool = False) -> list[tuple]:
    """The paragraphs of a timeline that open with their own day ("17 April 2024: X said ..."),
    when two or more entries do (`headed` of them are headings): one such paragraph alone is a
    sentence that starts with a date, no timeline."""
    found = []
    for m in _ENTRY_PARA.finditer(article.text):
        if m.start() < body_start or m.start() in taken or (m.start() and article.text[m.start() - 1] != "\n"):
            continue
        if undated and not _YEAR.search(m.group("date")):
            continue
        got = resolve(m.group("date"), pub)
        if got and got[0] == got[1] and got[0] <= pub:
            found.append((m.start(), fold(m.group(0)).strip(" -–—|:"), (got[0], got[0]), None))
    return found if len(found) + headed >= 2 else []


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


def day_under(headings: list[tuple[int, str, date, date]], pos: int) -> tuple[str, date, date] | None:
    """The (heading, first day, last day) of the last date heading before `pos`."""
    k = bisect.bisect_right(headings, pos, key=lambda h: h[0])
    return headings[k - 1][1:] if k and headings[k - 1][2] is not None else None


def date_line(article: Article, headings: list[tuple[int, str, date, date]], pub: date | None) -> bool:
    """Whether the one date heading is the page's own date line under a headline and deck
    ("Thursday 11 May 2026" above the byline): the publication day, at most one paragraph (a deck)
    above it. It dates what nothing else in the story dates, but heads no entry whose day would cut
    off the days the story's own sentences give ("addressed the workers on Tuesday afternoon")."""
    if pub is None or len(headings) != 1 or headings[0][2] != pub or headings[0][3] != pub:
        return False
    return sum(p.start < headings[0][0] for p in article.paragraphs) <= 1
