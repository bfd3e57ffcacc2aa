"""When and by whom an article says it was published: datelines, bylines, date lines.

Wire styles read here, all as general shapes rather than a list of outlets:
``PARIS, May 4 (Reuters) -``, ``DENVER (AP) —``, ``Lusaka (AFP) -``,
``MOSCOW, June 2. /TASS/.``, ``NEW DELHI, Jan 5 (PTI)``, ``(Bloomberg) --``, ``RIGA —``;
header lines ``Published: 7 Mar 2024, 08:40 GMT``, ``Updated Tuesday, October 15, 2024``,
``By X | March 3, 2023``. Dates are parsed by python-dateutil; month and weekday names come
from the standard library's calendar, never from a list written here.

A dateline without a year gets one only when the article's own text fixes it by the
calendar (a weekday that matches the day in exactly one year the text makes plausible);
otherwise the month and day are kept alone. Nothing here guesses a date.
"""

from __future__ import annotations

import calendar
import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dateutil import parser as dateutil_parser

from index.textnorm import fold

_MONTH = "|".join(
    sorted({m for m in calendar.month_name[1:]} | {m for m in calendar.month_abbr[1:]} | {"Sept"}, key=len, reverse=True)
)
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY = "|".join(calendar.day_name)
_WEEKDAY_ANY = "|".join([*calendar.day_name, *calendar.day_abbr])
_ISO = r"\d{4}-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
# "May 4", "Jan. 5, 2024", "4 May", "7 Mar 2024"
DATE = (
    rf"(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\.?(?:,?\s+\d{{4}})?)"
)
# A wire tag: "(Reuters)", "(AP)", "/TASS/"; the place before it is in capitals, or a
# Titlecase town when a tag or a date follows it. Tried in order, each shape anchored by
# what must follow the place, so that the place never swallows the story.
_PLACE = r"(?P<place>[^\W\d_][\w.'/ -]{0,40}?)"
_PLACE_REGION = r"(?P<place>[^\W\d_][\w.'/ -]{0,40}?(?:,\s*[A-Z][\w.' -]{1,30}?)?)"  # "KYIV, Ukraine (AP)"
_TAG = r"(?:\((?P<tag>[A-Z][\w.&' -]{1,30})\)|/(?P<slash>[A-Z][\w.&' -]{1,30})/\.?)"
_SEP = r"(?P<sep>\s+-{1,2}\s*|\s*-{1,2}\s+|\s*:\s+)"
_DATELINES = [
    re.compile(rf"^{_PLACE},\s*(?P<date>{DATE})\.?\s*{_TAG}?{_SEP}?\s*"),
    re.compile(rf"^{_PLACE_REGION}\s*{_TAG}{_SEP}?\s*"),
    re.compile(rf"^{_TAG}{_SEP}\s*"),
    re.compile(rf"^{_PLACE}{_SEP}"),
]
_HEADER_LABEL = re.compile(
    r"^(?:(?P<label>published|updated|last updated|first published|posted|(?:last )?modified|date|dated)\b\s*(?:on\b)?\s*[:\-]?\s*)",
    re.I,
)
_BYLINE = re.compile(r"^by\s+[^\W\d_]", re.I)
_YEAR = re.compile(r"(?<![\d,.$€£])\b(19[5-9]\d|20\d\d)\b(?![\d,]\d)")
# The present is in (or after) these years: "since January 2022", "so far in 2021".
_SO_FAR = re.compile(r"\bso far (?:in|this year,? in)\s+(\d{4})\b", re.I)
_SINCE = re.compile(rf"\bsince\s+(?:(?:{_MONTH})\.?\s+)?(\d{{4}})\b", re.I)
_WEEKDAY_DATE = re.compile(rf"\b(?P<wd>{_WEEKDAY}),?\s+(?P<date>{DATE})", re.I)
_LEDE_WEEKDAY = re.compile(rf"(?<!next )(?<!last )(?<!this )\b(?P<wd>{_WEEKDAY})\b(?![,]?\s+(?:{_MONTH})\b)", re.I)
_PAST = re.compile(r"\b(?:was|were|had|did|began|came|fell|went|took|met|began|broke|struck|\w{3,}ed)\b", re.I)
_FUTURE = re.compile(r"\b(?:will|is due|are due|is expected|are expected|scheduled|plans? to|next)\b", re.I)


@dataclass(frozen=True)
class Dateline:
    """What a lede's dateline says; `end` is where the story itself starts in the lede."""

    end: int
    place: str | None = None
    outlet: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None


def parse_date(text: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) as far as `text` states them, by dateutil; Nones where it does not."""
    try:
        with warnings.catch_warnings():  # "ET", "EDT": a time zone dateutil does not know is no matter
            warnings.simplefilter("ignore")
            a = dateutil_parser.parse(text, default=datetime(1900, 1, 1), fuzzy=True)
            b = dateutil_parser.parse(text, default=datetime(1904, 2, 2), fuzzy=True)
    except (ValueError, OverflowError):
        return None, None, None
    has_day = bool(re.search(r"\d", text)) and a.day == b.day
    return (a.year if a.year == b.year else None, a.month if a.month == b.month else None,
            a.day if has_day else None)


def read_dateline(lede: str) -> Dateline | None:
    """The dateline at the start of a lede paragraph, or None when there is none."""
    folded = fold(lede)
    for pattern in _DATELINES:
        m = pattern.match(folded)
        if m and _plausible(m) and m.end() < len(lede.rstrip()):
            break
    else:
        return None
    groups = m.groupdict()
    year = month = day = None
    if groups.get("date"):
        year, month, day = parse_date(groups["date"])
    place = (groups.get("place") or "").strip(" .,") or None
    outlet = (groups.get("tag") or groups.get("slash") or "").strip() or None
    return Dateline(end=m.end(), place=place, outlet=outlet, month=month, day=day, year=year)


def _plausible(m: re.Match) -> bool:
    groups = m.groupdict()
    tag = groups.get("tag") or groups.get("slash")
    if tag and (re.fullmatch(DATE, tag) or len(tag.split()) > 4):
        return False
    place = (groups.get("place") or "").split(",")[0].strip()
    if not place:
        return bool(tag)
    letters = [ch for ch in place if ch.isalpha()]
    capitals = len(letters) >= 2 and all(ch.isupper() for ch in letters)
    titled = len(place.split()) <= 3 and all(w[:1].isupper() for w in re.split(r"[\s/-]+", place) if w)
    # "RIGA -" needs capitals; "Lusaka (AFP) -" or "Paris, May 4 -" may be Titlecase.
    return capitals or (titled and bool(tag or groups.get("date")))


def header_date(line: str) -> tuple[str, date] | None:
    """("published" | "updated", date) from a header line above the lede, or None.

    The line is a labelled date ("Published: ...", "Updated ..."), a byline with a dated
    part ("By X | March 3, 2023"), or a date alone; the date must state day, month, year."""
    text = fold(line).strip()
    label = "published"
    m = _HEADER_LABEL.match(text)
    if m:
        label = "published" if re.match(r"(?:first )?(?:published|posted|date)", m.group("label"), re.I) else "updated"
        text = text[m.end():]
    elif not _BYLINE.match(text) and not re.fullmatch(
        rf"(?:(?:{_WEEKDAY_ANY})\.?,?\s+)?(?:{DATE}|{_ISO})(?:[,\s].{{0,24}})?", text, re.I
    ):
        return None
    found = re.search(rf"{DATE}|{_ISO}", text, re.I)
    if not found:
        return None
    year, month, day = parse_date(found.group(0))
    if not (year and month and day):
        return None
    return label, date(year, month, day)


def is_byline(line: str) -> bool:
    """"By Priya Natarajan", "By X, Health Reporter": a short line naming the writer."""
    text = fold(line).strip()
    return bool(_BYLINE.match(text)) and len(text.split()) <= 14


def _years(text: str) -> list[int]:
    # "by 2030", "until 2027": targets and deadlines say nothing of when the text was written.
    return [int(m.group(1)) for m in _YEAR.finditer(text)
            if not re.search(r"\b(?:by|until|till|through|before|to)\s+(?:(?:the )?end of\s+)?$", text[max(0, m.start() - 20):m.start()], re.I)]


def _candidate_years(text: str) -> range | None:
    """Years the text makes plausible for its own date: around the latest year it names
    (one either side: "the 2024 budget" is voted in 2023), never before a "since" year."""
    years = _years(text)
    if not years:
        return None
    so_far = [int(y) for y in _SO_FAR.findall(text)]
    if so_far:
        return range(max(so_far), max(so_far) + 1)
    since = [int(y) for y in _SINCE.findall(text)]
    low = max([max(years) - 1, *since])
    return range(low, max(years) + 2)


def _weekday_dates(text: str, years: range) -> list[tuple[int, date]]:
    """(offset, date) of "Monday, July 19" pairs whose year the calendar fixes within `years`."""
    out = []
    for m in _WEEKDAY_DATE.finditer(text):
        y, month, day = parse_date(m.group("date"))
        if not (month and day):
            continue
        wd = _WEEKDAYS[m.group("wd").lower()]
        fits = [c for c in ([y] if y else years) if _valid(c, month, day) and date(c, month, day).weekday() == wd]
        if len(fits) == 1:
            out.append((m.start(), date(fits[0], month, day)))
    return out


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def lede_weekday(lede: str) -> int | None:
    """The weekday a lede's first sentence puts its news on ("said on Wednesday"); a day the
    sentence looks forward to ("will vote on Friday") is not the news day."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z\"“])", lede, maxsplit=1)[0]
    for m in _LEDE_WEEKDAY.finditer(first):
        if not _FUTURE.search(re.split(r"[,;]\s", first[max(0, m.start() - 40) : m.start()])[-1]):
            return _WEEKDAYS[m.group("wd").lower()]
    return None


def infer_year(text: str, month: int, day: int, weekday: int | None) -> int | None:
    """The year of a dateline's month and day, when the text fixes it; else None.

    The text must name years (a bound), and the calendar must leave exactly one of them:
    by the lede's weekday, or by a "Monday, July 19" pair elsewhere in the text."""
    years = _candidate_years(text)
    if years is None:
        return None
    fits = [y for y in years if _valid(y, month, day)]
    if weekday is not None:
        fits = [y for y in fits if date(y, month, day).weekday() == weekday]
    else:
        anchors = {d.year for _, d in _weekday_dates(text, years)}
        if len(years) > 1:
            fits = [y for y in fits if y in anchors]
    return fits[0] if len(fits) == 1 else None


def news_day(text: str, lede: str) -> date | None:
    """The article's day when its dateline has none: the lede's weekday, on or within six
    days after a past "Monday, July 19" pair whose year the text fixes."""
    weekday = lede_weekday(lede)
    years = _candidate_years(text)
    if weekday is None or years is None:
        return None
    for offset, anchor in _weekday_dates(text, years):
        clause = re.split(r"(?<=[.!?;])\s+(?=[A-Z\"“])", text[max(0, offset - 80) : offset])[-1]
        if _FUTURE.search(clause) or not _PAST.search(clause):
            continue  # "will meet on Monday, March 14" is after the news; "is due" is not a past event
        return anchor + timedelta(days=(weekday - anchor.weekday()) % 7)
    return None
