"""The day of each post of a thread (a forum topic, a comment thread, a guestbook) from its header line.

A thread prints each post under a header line of fields: its number, its author, the author's post
count, and the day (and time) it went up: "#3 | jo_b | Posts: 14 | 06/03/2026 11:05", "Reply #2 ·
Ann Roe · 6 March 2026, 11:05", "ann_roe - 2026-03-06 11:05". Each post's words were written on its
own header's day, whatever day the page carries (often none). A header is a short line, no sentence,
whose fields are split by bars, dots or spaced dashes, one field of which (never the first: the
author or the post's number comes first) is a date with its year (and at most a time after it). A quoted post inside a reply ("Quote
from: jo_b on 06/03/2026 07:52") opens nothing. A page needs two such headers to be a thread.

A numeric date that reads both ways ("06/03/2026") follows the order that keeps the posts in time
order over the shortest span (one part over 12 in any stamp settles it), else the order the page's
dates in words or its spelling follow (index.carrier_dates); else the posts stay undated.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from index import carrier_dates, datelines, issue_comments
from index.header_fields import BAR_OR_DASH
from index.textnorm import fold

MIN_POSTS = 2
_MAX_WORDS = 20
_FIELDS = re.compile(BAR_OR_DASH)
_QUOTED = re.compile(r"^\s*(?:>|quote\b|quoting\b|originally posted\b|in reply to\b)", re.I)
# a byline's or a credit's first field ("By Ann Roe | 12 March 2025", "Updated | ..."): the page's header
_NOT_AN_AUTHOR = re.compile(r"^\s*(?:by|posted|published|updated|filed|photo|picture|image|source|credit|video)\b", re.I)
_SENTENCE = re.compile(r"[^\W\d_]{2}[.!?](?:\s|$)")
_NUMERIC = re.compile(r"(?<![\d./-])(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>(?:19|20)\d\d)(?![\d./-])")
_ISO_DAY = re.compile(r"(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>\d\d)-(?P<d>\d\d)(?![\d-])")
_WORDS_DAY = re.compile(rf"(?:{datelines.DATE})", re.I)
# what may stand after the date in its field: a time, a zone
_AFTER = re.compile(r"^[\s,]*(?:(?:at\s+)?\d{1,2}[:.]\d\d(?::\d\d)?\s*(?:[ap]\.?m\.?)?(?:\s*[A-Z]{2,5})?)?\s*$", re.I)


@dataclass(frozen=True)
class Post:
    start: int  # the header line's first character
    end: int  # where the post ends: the next header, or the end of the text
    day: date
    header: str  # the header line as written


def posts(text: str) -> list[Post]:
    """The thread's posts, in text order; none unless at least two headers date posts."""
    heads = []  # (start, end of line, line, readings)
    for m in re.finditer(r"[^\n]+", text):
        line = m.group(0)
        readings = _stamp(fold(line))
        if readings:
            heads.append((m.start(), m.end(), line.strip(), readings))
    # a post holds text: two header lines with nothing between them are a page's header, not a thread
    if len(heads) < MIN_POSTS or any(not text[a[1]:b[0]].strip() for a, b in zip(heads, heads[1:])):
        return _issue_posts(text) if not heads else []
    days = _in_order([h[3] for h in heads], text)
    if days is None:
        return []  # stamps that read both ways, and nothing in the page to tell which
    return [Post(start, heads[k + 1][0] if k + 1 < len(heads) else len(text), day, line)
            for k, ((start, _, line, _), day) in enumerate(zip(heads, days, strict=True))]


def _issue_posts(text: str) -> list[Post]:
    """A code host's issue page: its comments dated by their headers ("ann-k commented on Mar 3,
    2026"), each up to the next header; one "commented 3 days ago" is left out (its day unknown here)."""
    found = issue_comments.comments(text)
    posts = [Post(c.start, found[k + 1].start if k + 1 < len(found) else len(text), c.day, text[c.start:c.body].strip())
             for k, c in enumerate(found) if c.day is not None]
    return posts if len(posts) >= MIN_POSTS else []


def _stamp(line: str) -> tuple[date, ...] | None:
    """The day readings (one, or day first and month first) of a post header line; None for any
    other line."""
    text = line.strip().strip("*_#>").strip() if not line.lstrip().startswith("#") else line.strip().strip("*_")
    if not text or len(text.split()) > _MAX_WORDS or _QUOTED.match(text) or _SENTENCE.search(text) \
            or not _FIELDS.search(text):
        return None
    fields = [f for f in _FIELDS.split(text) if f.strip()]
    if len(fields) < 2 or _NOT_AN_AUTHOR.match(fields[0]):
        return None
    # the author (or the post's number) comes first: a line that opens with its date is a
    # timeline's entry ("12 January 2024 - Storm damage") or a posting label, read elsewhere
    for field in fields[1:]:
        got = _field_days(field.strip())
        if got:
            return got
    return None


def _field_days(field: str) -> tuple[date, ...] | None:
    """A field that is a date with its year and at most a time: its one reading, or two."""
    field = re.sub(rf"^(?:(?:posted|on|at)\s+)?(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?", "", field, flags=re.I)
    for pattern in (_ISO_DAY, _NUMERIC, _WORDS_DAY):
        m = pattern.match(field)
        if m is None or not _AFTER.match(field[m.end():]):
            continue
        if pattern is _ISO_DAY:
            return _valid((int(m.group("y")), int(m.group("m")), int(m.group("d"))))
        if pattern is _NUMERIC:
            a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
            if m.group("sep") == ".":  # "06.03.2026": day first wherever dots are written
                return _valid((y, b, a))
            return _valid((y, b, a), (y, a, b))
        if re.search(r"\d{4}", m.group(0)):
            day = datelines.full_date(m.group(0))
            return (day,) if day else None
    return None


def _valid(*ymds: tuple[int, int, int]) -> tuple[date, ...] | None:
    out = []
    for y, mo, d in ymds:
        try:
            out.append(date(y, mo, d))
        except ValueError:
            continue
    return tuple(dict.fromkeys(out)) or None


def _in_order(readings: list[tuple[date, ...]], text: str) -> list[date] | None:
    """One day per header: numeric dates read all day first or all month first, whichever keeps
    the posts in time order over the shorter span; a tie goes to the page's own order, else None."""
    def pick(k: int) -> list[date]:  # k = 0: day first, 1: month first, for the stamps that read both ways
        return [r[min(k, len(r) - 1)] if len(r) > 1 else r[0] for r in readings]

    if not any(len(r) > 1 for r in readings):
        return pick(0)
    options = {}
    for k in (0, 1):
        days = pick(k)
        ordered = all(a <= b for a, b in zip(days, days[1:]))
        options[k] = (not ordered, (max(days) - min(days)).days)
    if options[0] != options[1]:
        return pick(min(options, key=options.get))
    order = carrier_dates.numeric_order(text)
    return pick(0 if order == "day" else 1) if order else None
