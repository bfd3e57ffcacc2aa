"""When and by whom an article says it was published: datelines, bylines, date lines.

Wire styles read here, all as general shapes rather than a list of outlets:
``PARIS, May 4 (Reuters) -``, ``DENVER (AP) —``, ``Lusaka (AFP) -``,
``MOSCOW, June 2. /TASS/.``, ``NEW DELHI, Jan 5 (PTI)``, ``(Bloomberg) --``, ``RIGA —``;
header lines ``Published: 7 Mar 2024, 08:40 GMT``, ``Updated Tuesday, October 15, 2024``,
``By X | March 3, 2023``. Dates are parsed by python-dateutil; month and weekday names come
from the standard library's calendar, never from a list written here.

A dateline without a year gets one only when the article's own text fixes it by the
calendar (index.body_dates); otherwise the month and day are kept alone.
"""

from __future__ import annotations

import calendar
import re
import warnings
from dataclasses import dataclass
from datetime import date, datetime

from dateutil import parser as dateutil_parser

from index.header_fields import BAR
from index.textnorm import fold
from index.vocabulary import vocabulary

_MONTH = MONTH = "|".join(
    sorted({m for m in calendar.month_name[1:]} | {m for m in calendar.month_abbr[1:]} | {"Sept"}, key=lambda w: (-len(w), w))
)
WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
WEEKDAY = "|".join(calendar.day_name)
# with the longer short forms papers print ("Tues.", "Weds.", "Thurs."), longest first so that
# "Thurs." is not read as "Thu" and a stray "rs."
_WEEKDAY_ANY = WEEKDAY_ANY = "|".join(sorted([*calendar.day_name, *calendar.day_abbr, "Tues", "Weds", "Thur", "Thurs"],
                                             key=lambda w: (-len(w), w)))
_ISO = ISO = r"\d{4}-\d\d-\d\d(?:[T ][\d:.]+(?:Z|[+-]\d\d:?\d\d)?)?"
# "May 4", "Jan. 5, 2024", "4 May", "7 Mar 2024", "the 21st of January" as it is said aloud
DATE = (
    rf"(?:(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\.?(?:,?\s+\d{{4}})?)"
)
# A wire tag: "(Reuters)", "(AP)", "/TASS/"; the place before it is in capitals, or a
# Titlecase town when a tag or a date follows it. Tried in order, each shape anchored by
# what must follow the place, so that the place never swallows the story.
_PLACE = r"(?P<place>[^\W\d_][\w.'/ -]{0,40}?)"
# "KYIV, Ukraine (AP)", "New Delhi [India], June 2 (ANI):"
_PLACE_REGION = r"(?P<place>[^\W\d_][\w.'/ -]{0,40}?(?:,\s*[A-Z][\w.' -]{1,30}?|\s*\[[A-Z][\w.' -]{1,30}\])?)"
# "(Reuters)", "(dpa)", "/TASS/"; a lower-case agency tag is one short word ("dpa", "bne"), so
# that "Smith (left) -" is no dateline.
_TAG = (r"(?:\((?P<tag>[A-Z][\w.&' -]{1,30}|[a-z]{2,3})\)|/(?P<slash>[A-Z][\w.&' -]{1,30})/\.?"
        r"|,\s*(?P<bare>[A-Z]{2,6})(?=\s*-{1,2}\s))")  # "Riyadh, June 8, 2025, SPA --"
# A Hijri date beside the Gregorian one in a state agency's dateline ("12 Dhu al-Hijjah 1446 AH,
# corresponding to 8 June 2025"): recognised by its year (1300-1499 is no year a story is dated
# in) and skipped for the Gregorian date.
_HIJRI = (r"(?:(?:\d{1,2}\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,3}?\s+(?:\d{1,2},?\s+)?1[34]\d\d\b\.?\s*"
          r"(?:A\.?H\.?|H\.?|Hijri)?\s*[,/]?\s*(?:(?:corresponding|coinciding|equivalent)\s+(?:to|with)\s+|"
          r"which corresponds to\s+)?)")
# "2025-06-02", "02.06.2025" in a dateline
_NUMERIC_DATE = r"\d{4}-\d\d-\d\d|\d{1,2}\.\d{1,2}\.\d{4}"
# ".-": a translated wire's "(Agency).-"; "2026--The": a double hyphen set close to the story
_SEP = r"(?P<sep>\s+-{1,2}\s*|\s*-{1,2}\s+|\s*:\s+|\.-\s*|--(?=[A-Z\"“‘']))"
# "22 jul", "7 mar": a day and a lower-case short month, as some agencies' datelines write it
# (never a month alone, so "may" the verb is none)
_LOWER_DATE = r"\d{1,2}\s+(?:" + "|".join(m.lower() for m in calendar.month_abbr[1:]) + r")\b\.?"
_DATELINES = [
    # "NAIROBI, Kenya, September 9, 2025 /PRNewswire/ --": a press-release wire's dateline
    # "Muscat, 12 Dhu al-Hijjah 1446 AH, corresponding to 8 June 2025 (ONA) -"; "OSLO, 2025-06-02 -"
    re.compile(rf"^{_PLACE_REGION},\s*{_HIJRI}?(?:(?P<wd>{_WEEKDAY_ANY})\.?,?\s+)?(?P<date>{DATE}|{_NUMERIC_DATE})\.?\s*{_TAG}?{_SEP}?\s*"),
    re.compile(rf"^{_PLACE_REGION},\s*(?P<date>{_LOWER_DATE})\s*{_TAG}{_SEP}\s*"),  # "LISBOA, 7 mar (Agency).-"
    # "NAIROBI, Monday (AFP) -": a weekday for a date, the day fixed by a header or the calendar
    re.compile(rf"^{_PLACE},\s*(?P<wd>{_WEEKDAY_ANY})\.?\s*(?:{_TAG}|(?=\s*-))(?:{_SEP})?\s*"),
    re.compile(rf"^{_PLACE_REGION}\s*{_TAG}{_SEP}?\s*"),
    re.compile(rf"^(?P<date>{DATE}|{_LOWER_DATE})\s*{_TAG}{_SEP}\s*"),  # UPI: "June 2 (UPI) --"; "22 jul (Agency).-"
    re.compile(rf"^{_TAG}{_SEP}\s*"),
    re.compile(rf"^{_PLACE}{_SEP}"),
]
# A wire's, a CMS's or an export's own stamp of when the piece went out (or was last changed):
# labels a person never writes above a story, so a colon after one makes the line a date line.
_MACHINE_PUBLISHED = (r"transmitted(?:[ _](?:at|on))?|transmission(?:[ _](?:date|time))?|time[ _]of[ _]transmission|sent(?:[ _]at)?"
                      r"|moved|created(?:[ _](?:at|on))?|creation[ _](?:date|time)|date[ _]?(?:created|published|posted|issued|sent|filed|transmitted)"
                      r"|pub[ _]?date|publish(?:ed)?[ _](?:date|time|at|on)|publication[ _](?:date|time)|release[ _](?:date|time)"
                      r"|(?:article:)?published[ _]time|date[ _]?time|datetime|filed[ _](?:at|on)|posted[ _](?:at|on)|issued[ _](?:at|on)")
_MACHINE_UPDATED = (r"date[ _]?(?:modified|updated|changed)|(?:last[ _-])?modified[ _](?:at|on|date|time)|last[ _-]modified"
                    r"|updated[ _](?:at|on)|(?:article:)?modified[ _]time|last[ _-]?changed")
_MACHINE_UPDATED_RE = re.compile(rf"(?:{_MACHINE_UPDATED})$", re.I)
_MACHINE_PUBLISHED_RE = re.compile(rf"(?:{_MACHINE_PUBLISHED})$", re.I)
# The labels a header line dates a page by. An embargo or a release line names the day the
# piece goes public (its publication); a review or fact-check line, like "updated", a later day.
_HEADER_LABEL = re.compile(
    rf"^(?:(?P<label>(?:{_MACHINE_UPDATED})(?=\s*:)|(?:start(?:ing)?|posting|publication|issue|notice|recall|announcement|event|call|air) date|"
    r"(?:event|call|meeting) start(?:s|ed)?|(?:first )?(?:broadcast|aired)|(?:streamed|broadcast) live|live[- ]streamed|premiered|uploaded|published|updated|last updated|(?:last )?edited|first published|posted|filed|(?:last )?modified|date|dated|"
    r"(?:last )?reviewed|(?:last )?fact[- ]checked|delivered|(?:for the )?week ending|(?:under )?embargo(?:ed)?(?:\s+(?:until|till|to))?|"
    r"not for (?:publication|release|broadcast)(?:\s+(?:before|until))?|for (?:immediate )?release|released|release date|issued)"
    r"\b\s*(?:on\b)?\s*[:\-]?\s*"
    # a field of any name that ends in "date", or a show's or a record's own label, with a colon:
    # "Script date:", "Sitting date:", "Airdate:", "TX:", "Recorded:", "Delivered:", "Time stamp:";
    # never a deadline's or a later day's ("Due date:", "Closing date:", "Next meeting date:")
    r"|(?P<field>(?!(?:due|expiry|closing|end|next|return|deadline|renewal|review|reply)\b)(?:[a-z]+[ -]){1,2}(?<!due )(?<!next )date|airdate|tx"
    r"|recorded|delivered|time ?stamp|timestamp"
    # a machine's header line, as a wire feed, a CMS or an export stamps it: "Transmitted: 2025-09-11
    # 19:52 ET", "Sent: ...", "datePublished: ...", "created_at: ...", "Last-Modified: ..." (never a
    # day the page was fetched or exported: "Retrieved:", "Accessed:", "Exported:" date no article)
    rf"|{_MACHINE_PUBLISHED}"
    # a match-details line: "Kick-off: Sat 3 May 2025, 15:00", "KO: ...", "Tip-off: ...": the match's day
    r"|kick[- ]?off|k\.?o\.?|tip[- ]?off|throw[- ]?in|first ball|bully[- ]?off|face[- ]?off)\s*:\s*)",
    re.I,
)
# A notice's "Starting date:" or "Date of issue:" field is the day it goes public.
# An event's start stamp and a show's broadcast line date the transcript as a publication line would.
_PUBLISHED_LABEL = re.compile(r"(?:first )?(?:published|posted|filed|date|broadcast|aired)|(?:streamed|broadcast) live|live[- ]streamed|premiered|uploaded|.*\b(?:embargo|release|issued|not for|date|start(?:s|ed)?)\b"
                              r"|airdate|tx|recorded|delivered|time ?stamp|kick|k\.?o|tip|throw|first ball|bully|face", re.I)
# Labels that head a sentence as often as a date line ("Released hostages ..."): a line under
# one is a header only when it is short and holds no sentence.
_LOOSE_LABEL = re.compile(r".*\b(?:embargo|release|issued|reviewed|checked|delivered|not for|broadcast|aired|start|streamed|premiered|uploaded)", re.I)
_BYLINE = re.compile(r"^(?:(?:written|posted|reported|words|story) )?by:?\s+[^\W\d_]", re.I)
# What may follow a date on a date line however long it runs: times, zones, "Updated 2 hours
# ago" ("Jun 3, 2024 / 6:05 PM / Updated 2 hours ago", "June 3, 2024 at 6:05 p.m. EDT").
_TIME_TAIL = re.compile(
    r"(?:[\s,/|•·\-–—]+(?:at|updated|last updated|ago|\d{1,2}(?:[:.]\d\d)?\s*(?:[ap]\.?m\.?)?|[A-Z]{2,5}(?:[+-]\d{1,2})?"
    r"|\d+\s*(?:h|hrs?|hours?|mins?|minutes?|days?)))*\s*$",
    re.I,
)
# "Ann Lo - Monday 3 June 2024 18:05", "Live updates · Thursday 3 April 2025": a writer's
# name or a short label, a separator, then the date line.
_NAME_THEN_DATE = re.compile(r"^(?:[^\W\d_][\w.'’-]*\s+){0,3}[^\W\d_][\w.'’-]*\s*[-–—|•·]\s*(?P<rest>.+)$")
# A closing line that dates the piece: "This report by The Canadian Press was first published
# March 18, 2025.", "This article was originally published on 2 May 2024 by Example News."
_FOOTER = re.compile(
    r"^(?:this (?:report|story|article|piece|interview)(?: by (?P<by>[^\W\d_][\w&.'’ -]{1,60}?))?\s+)?"
    r"(?:was |is )?(?:first|originally) published\b(?:\s+(?:on|in|at))?\s*(?P<rest>.{0,120})$",
    re.I,
)
# "03.06.2024" is day first wherever dots are written; "06/03/2024" only when one part is over 12.
# "2025/11/03", "2025.11.03": year first, as East Asian pages write it, is year, month, day.
# A two-digit year ("14/11/25", "14.11.25") is this century's; never with hyphens, which scores use.
_DMY = r"(?P<a>\d{1,2})(?P<sep>[./-])(?P<b>\d{1,2})(?P=sep)(?P<y>\d{4}\b|(?<=[./]\d\d[./])\d\d\b(?![./]\d)|(?<=[./]\d[./])\d\d\b(?![./]\d))"
_NUMERIC = re.compile(rf"^(?:{_DMY}"
                      r"|(?P<y2>\d{4})(?P<sep2>[./])(?P<m2>\d{1,2})(?P=sep2)(?P<d2>\d{1,2})\b(?![./]\d))")
_NUMERIC_IN = re.compile(rf"(?<![\d./-])(?:{_DMY}"
                         r"|(?P<y2>\d{4})(?P<sep2>[./])(?P<m2>\d{1,2})(?P=sep2)(?P<d2>\d{1,2})\b(?![./]\d))")


@dataclass(frozen=True)
class Dateline:
    """What a lede's dateline says; `end` is where the story itself starts in the lede."""

    end: int
    place: str | None = None
    outlet: str | None = None
    month: int | None = None
    day: int | None = None
    year: int | None = None
    weekday: int | None = None  # "NAIROBI, Monday (AFP) -": Monday is 0


def parse_date(text: str) -> tuple[int | None, int | None, int | None]:
    """(year, month, day) as far as `text` states them, by dateutil; Nones where it does not."""
    # "2025-03-04 08.12": the Nordic and German dotted clock time, which dateutil takes for a date
    text = re.sub(r"^(\d{4}-\d\d-\d\d[T ]\d{1,2})\.(\d\d)\b", r"\1:\2", text)
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
    return _dateline(m)


# What may close a dateline set on a line of its own: its separator ("--", "—", ":") and no story
_LONE_TAIL = re.compile(r"[\s\-–—:.]*")


def dateline_alone(line: str) -> Dateline | None:
    """A dateline printed as a line of its own above the lede ("PORT TOWN, Thurs. Jan. 22,
    2026--", then the story in the next paragraph): what it says, with `end` 0 (the lede under
    it starts with the story); None unless it names a day or a weekday."""
    folded = fold(line).strip()
    for pattern in _DATELINES:
        m = pattern.match(folded)
        if m and _plausible(m) and _LONE_TAIL.fullmatch(folded[m.end():]):
            found = _dateline(m)
            if (found.month and found.day) or found.weekday is not None:
                return Dateline(end=0, place=found.place, outlet=found.outlet, month=found.month,
                                day=found.day, year=found.year, weekday=found.weekday)
    return None


def _dateline(m: re.Match) -> Dateline:
    groups = m.groupdict()
    year = month = day = None
    numeric = _NUMERIC.match(groups.get("date") or "")
    if numeric:
        found = _numeric_date("published", numeric)
        year, month, day = (found[1].year, found[1].month, found[1].day) if found else (None, None, None)
    elif groups.get("date"):
        year, month, day = parse_date(groups["date"])
    place = re.sub(r"\s*\[.*\]$", "", groups.get("place") or "").strip(" .,") or None
    outlet = (groups.get("tag") or groups.get("slash") or groups.get("bare") or "").strip() or None
    wd = (groups.get("wd") or "").lower()[:3]
    weekday = next((i for i, name in enumerate(calendar.day_abbr) if name.lower() == wd), None) if wd else None
    return Dateline(end=m.end(), place=place, outlet=outlet, month=month, day=day, year=year, weekday=weekday)


def _plausible(m: re.Match) -> bool:
    groups = m.groupdict()
    tag = groups.get("tag") or groups.get("slash") or groups.get("bare")
    if tag and (re.fullmatch(DATE, tag) or len(tag.split()) > 4):
        return False
    if tag and vocabulary().is_role(tag.strip()):
        return False  # "Tamith (Appellant) v ...": a court summary's party label, not a wire's tag
    place = re.sub(r"\s*\[.*\]$", "", (groups.get("place") or "").split(",")[0]).strip()
    if not place:
        return bool(tag)
    letters = [ch for ch in place if ch.isalpha()]
    capitals = len(letters) >= 2 and all(ch.isupper() for ch in letters)
    titled = len(place.split()) <= 3 and all(w[:1].isupper() for w in re.split(r"[\s/-]+", place) if w)
    # "RIGA -" needs capitals; "Lusaka (AFP) -" or "Paris, May 4 -" may be Titlecase.
    return capitals or (titled and bool(tag or groups.get("date")))


# A video call's header after its start time: the time zone spelled out, its region in brackets, the
# meeting's ID ("06:31 PM Central European Time (Amsterdam)  ID: 845 2201 7734"): only the clock is kept
_CALL_ID = re.compile(r"\s+(?:Meeting\s+)?ID\s*:\s*\d[\d\s-]*$", re.I)
_ZONE_NAME = re.compile(r"(\b\d{1,2}[:.]\d\d(?:\s*[AaPp]\.?[Mm]\.?)?)\s+(?:[A-Z][A-Za-z]+\s+){1,3}Time\b(?:\s*\([^()]{1,40}\))?\s*$")


def header_date(line: str) -> tuple[str, date] | None:
    """("published" | "updated", date) from a header line above the lede, or None.

    The line is a labelled date ("Published: ...", "Updated ..."), a byline with a dated
    part ("By X | March 3, 2023"), or a date alone; the date must state day, month, year.
    A line with both ("Updated: Nov. 3, 2025 | Published: Nov. 2, 2025") gives the publication.
    An exhibition's run line ("March 14, 2026 - October 4, 2026") gives its opening day, or none."""
    from index import run_lines  # (imported on use: it builds on this module's patterns)

    line = _ZONE_NAME.sub(r"\1", _CALL_ID.sub("", line))  # "Oct 14, 2026 06:31 PM Pacific Time (US and Canada)  ID: 845 2201 7734"
    if run_lines.is_run_line(line):
        opened = run_lines.opening_day(line)
        return ("published", opened) if opened else None
    found = _header_date(line)
    if not found:
        found = _credited_date(fold(line).strip())
    if not found:
        found = _wide_field_date(fold(line).strip())
    if found and found[0] == "updated":
        for part in re.split(BAR + r"|\s*;\s*", fold(line))[1:]:
            other = _header_date(part) if _HEADER_LABEL.match(part.strip()) else None
            if other and other[0] == "published":
                return other
    return found


def field_date(line: str) -> tuple[str, date] | None:
    """A labelled date field ("Starting date: March 5, 2025", "Published: 12.06.2025") as a line of
    a block of fields; an unlabelled line is none."""
    return header_date(line) if _HEADER_LABEL.match(fold(line).strip()) else None


def field_partial(line: str) -> Dateline | None:
    """A labelled yearless date field ("Issued: 4.45am Sunday 9 November") as a line of a block
    of fields; an unlabelled line is none."""
    return partial_date(line) if _HEADER_LABEL.match(fold(line).strip()) else None


def _credited_date(text: str) -> tuple[str, date] | None:
    """A short credit line, then a separator and a labelled date: "Checked by the Verify Desk ·
    Last reviewed 3 June 2025" (the credit may run longer than a byline's name)."""
    parts = re.split(BAR, text)
    if len(parts) < 2 or len(text.split()) > 18 or re.search(r"[a-z]{2}[.!?]\s|\b(?:said|says|told)\b", text):
        return None
    for part in parts[1:]:
        if _HEADER_LABEL.match(part.strip()) and (found := _header_date(part)):
            return found
    return None


# A script's header set out as one line of fields spaced wide apart ("BULLETIN: 0800 THU 06/11/25
# READER: X   DUR: 3'20\""): each field is read as a header line of its own, a deadline's never.
_WIDE_GAP = re.compile(r"\s{3,}|\t+|" + BAR)


def _wide_field_date(text: str) -> tuple[str, date] | None:
    fields = [f for f in _WIDE_GAP.split(text) if f.strip()]
    if len(fields) < 2 or len(text.split()) > 24 or re.search(r"[a-z]{2}[.!?](?:\s|$)|\b(?:said|says|told)\b", text):
        return None
    for field in fields:
        label = field.split(":")[0] if ":" in field else ""
        if _DEADLINE.search(label) or re.search(r"\b(?:due|expir\w*|closing|deadline|until|till|next)\b", label, re.I):
            continue
        if found := _header_date(field):
            return found
    return None


# "Dated this 3rd day of June 2025": the legal form of a day, read as "3 June 2025"
_DAY_OF = re.compile(rf"\b(\d{{1,2}})(?:st|nd|rd|th)?\s+day\s+of\s+(?=(?:{_MONTH})\b)", re.I)
# "14-Aug-2025", "14/Aug/25": an exchange's or a system's stamp, read as "14 Aug 2025"
_JOINED_MONTH = re.compile(rf"\b(\d{{1,2}})([-/])((?:{_MONTH})\.?)\2(\d{{4}}|\d\d)\b", re.I)


def _spaced(text: str) -> str:
    def spaced(m: re.Match) -> str:
        year = m.group(4) if len(m.group(4)) == 4 else "20" + m.group(4)  # a stamp's "25" is this century's
        return f"{m.group(1)} {m.group(3)} {year}"

    return _JOINED_MONTH.sub(spaced, _DAY_OF.sub(r"\1 ", text))


# A video page's count before its date ("2,318 views  Streamed live on Feb 11, 2025", "15K views · 3 May 2024")
_VIEWS = re.compile(r"^[\d.,]+\s*[KkMm]?\s+views?\b\s*[•·|-]?\s*", re.I)


# A weekly's edition line: "Edition 1,482 — week ending Friday 14 March 2025", "Courier — Issue 77,
# week ending ...", "Vol. 12 No. 48 · Week commencing Monday 3 March 2025", "For the week of 10 March
# 2025": the week's stated day dates the issue, as a "Week ending" line alone does.
_EDITION_WEEK = re.compile(
    r"^(?:[^\n]{0,60}?\b(?:edition|issue|no\.?|number|vol\.?|volume)\s*[\d,.]+[^\n]{0,24}?[\s—–|·•,:-]+"
    r"|[^\n]{0,60}?\s[—–|·•]\s+)?(?:for\s+)?(?:the\s+)?week\s+(?:ending|ended|of|commencing|beginning|starting)\b\s*:?\s*", re.I)


def _edition_week(text: str) -> str:
    """An edition line written as a plain "week ending ..." line; any other line as it is."""
    m = _EDITION_WEEK.match(text)
    if m is None or len(text.split()) > 16 or re.search(r"[a-z]{3}[.!?]\s|\b(?:said|says|told|was|were|is)\b", text):
        return text
    return "week ending " + text[m.end():]


def _header_date(line: str) -> tuple[str, date] | None:
    text = _edition_week(_VIEWS.sub("", _spaced(fold(line).strip())))
    label = "published"
    m = _HEADER_LABEL.match(text)
    named = _NAME_THEN_DATE.match(text)
    if m:
        written = m.group("label") or m.group("field")
        label = "updated" if _MACHINE_UPDATED_RE.match(written) else \
            "published" if _PUBLISHED_LABEL.match(written) or _MACHINE_PUBLISHED_RE.match(written) else "updated"
        if _LOOSE_LABEL.match(m.group("label") or "") and (len(text.split()) > 14 or re.search(r"[a-z]{2}[.!?]\s", text)):
            return None
        text = text[m.end():]
    elif named and _date_line(named.group("rest")):
        text = named.group("rest")
    elif _labelled_date_line(text):
        text = _labelled_date_line(text)
    elif (field := _script_field(text)) is not None:
        text = field
    elif not _BYLINE.match(text) and not _date_line(text):
        return None
    numeric = _NUMERIC.match(text)
    if numeric:
        found = _numeric_date(label, numeric)
        return found or _by_weekday(label, line, numeric)
    found = re.search(rf"{DATE}|{_ISO}", text, re.I)
    if not found:  # "By X | Published 12.06.2025 09:14": a numeric date after a label
        numeric = _NUMERIC_IN.search(text)
        return (_numeric_date(label, numeric) or _by_weekday(label, line, numeric)) if numeric else None
    year, month, day = parse_date(found.group(0))
    if not (year and month and day):
        return None
    return label, date(year, month, day)


# A script's or a running order's header line of fields: "Prog: Drive Time  Date: 14/11/25  Slot:
# 1700", "Reporter: X / Date: 14.11.25 / Duration: 1'30"; or a slug ending in a numeric date
# ("EVENING BULLETIN 14/11/25", "Bulletin 18:00 14/11/25").
_DEADLINE = re.compile(r"\b(?:due|expiry|closing|end|next|return|deadline|renewal|review|reply|meeting)\s*$", re.I)
_DATE_FIELD = re.compile(r"(?:^|\s|[|/])(?:date|dated|tx|airdate)\s*:\s*", re.I)
_ENDS_NUMERIC = re.compile(r"(?:^|\s)(\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d\d))\s*$")


def _script_field(text: str) -> str | None:
    """The date part of a short header line of fields or of a slug, or None."""
    if len(text.split()) > 16 or re.search(r"[a-z]{2}[.!?](?:\s|$)|\b(?:said|says|told)\b", text):
        return None
    field = _DATE_FIELD.search(text)
    if field and not _DEADLINE.search(text[:field.start() + 1]):
        return text[field.end():]
    if field:
        return None
    end = _ENDS_NUMERIC.search(text)
    return end.group(1) if end and len(text.split()) <= 8 else None


def _by_weekday(label: str, line: str, numeric: re.Match) -> tuple[str, date] | None:
    """"Tues 03/06/2025", "0800 THU 06/11/25": the reading of a numeric date either way round whose
    weekday the line names (a short header line names one weekday, the date's)."""
    days = re.findall(rf"\b({_WEEKDAY_ANY})\b", fold(line), re.I)
    if len(days) != 1 or len(line.split()) > 8 or not numeric.group("a"):
        return None
    a, b, year = int(numeric.group("a")), int(numeric.group("b")), _year(numeric.group("y"))
    weekday = next(i for i, name in enumerate(calendar.day_abbr) if name.lower() == days[0].lower()[:3])
    fits = []
    for month, day in ((b, a), (a, b)):
        try:
            if date(year, month, day).weekday() == weekday:
                fits.append(date(year, month, day))
        except ValueError:
            continue
    return (label, fits[0]) if len(fits) == 1 else None


def footer_date(line: str) -> tuple[date, str | None] | None:
    """(date, outlet or None) from a closing "first published"/"originally published" line."""
    m = _FOOTER.match(fold(line).strip())
    if not m:
        return None
    rest = m.group("rest")
    found = re.search(rf"{DATE}|{_ISO}", rest, re.I)
    if not found:
        return None
    year, month, day = parse_date(found.group(0))
    if not (year and month and day):
        return None
    outlet = m.group("by")
    after = re.match(r"\s*(?:by|in|on|at)\s+(?P<name>[A-Z][\w&.'’ -]{1,60}?)\.?\s*$", rest[found.end():])
    if not outlet and after:
        outlet = after.group("name")
    return date(year, month, day), (outlet.strip(" .") if outlet and outlet[:1].isupper() else None)


def full_date(text: str) -> date | None:
    """The first date in `text` ("12.03.2025" day first) when it states day, month and year."""
    text = _spaced(text)
    numeric = _NUMERIC.match(text)
    if numeric:
        got = _numeric_date("published", numeric)
        return got[1] if got else None
    found = re.search(rf"{DATE}|{_ISO}", text, re.I)
    year, month, day = parse_date(found.group(0)) if found else (None, None, None)
    if not (year and month and day):
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def is_date_line(text: str) -> bool:
    return _date_line(text)


def is_labelled_date_line(text: str) -> bool:
    """A short header line that names something, then a date ("Bulletin No. 9 — Tuesday 3 March 2026")."""
    return _labelled_date_line(fold(text).strip()) is not None


# "14:05 BST, Monday 2 June 2025", "05:32 PM March 16, 2025": a time before the date; the zone is
# never a month's or a weekday's name ("March" is no zone)
_TIME_FIRST = re.compile(rf"^\d{{1,2}}[:.]\d\d\s*(?:[ap]\.?m\.?)?\s*(?:(?!(?:{_MONTH}|{_WEEKDAY_ANY})\b)[A-Z]{{2,5}}\b)?\s*[,|•·/-]?\s*", re.I)


# a stop that ends a sentence; an issue's "No. 9", "Vol. 7" ends none ("Bulletin No. 9 — Tuesday 3 March 2026")
_SENTENCE_STOP = re.compile(r"(?<!\bNo)(?<!\bNos)(?<!\bVol)(?<!\bIss)(?<!\bEd)[.!?]\s")


def _labelled_date_line(text: str) -> str | None:
    """The date part of a short header line that names something, then a date: "House of
    Commons, Wednesday 12 March 2025", "Q3 2025 Earnings Call, Nov 13, 2025 / 5:00PM GMT",
    "Mara Lind, Staff Writer | Monday, June 2, 2025", "14:05 BST, Monday 2 June 2025"."""
    timed = _TIME_FIRST.match(text)
    if timed and timed.end() and _date_line(text[timed.end():]):
        return text[timed.end():]
    if len(text.split()) > 14 or _SENTENCE_STOP.search(text) or re.search(r"\b(?:said|says|told)\b", text):
        return None
    for sep in re.finditer(r"\s*[,|•·/]\s*|\s+[-–—]\s+", text):
        if len(re.findall(r"\w[\w'’.-]*", text[:sep.start()])) > 6:  # words, not the separators between labels
            break
        rest = text[sep.end():]
        if _date_line(rest) and full_date(rest):
            return rest
    return None


def _date_line(text: str) -> bool:
    """Is the whole line a date, with at most a weekday before it and a time or a note after?"""
    m = re.match(rf"(?:(?:{_WEEKDAY_ANY})\.?,?\s+)?(?:{DATE}|{_ISO}|\d{{1,2}}([./-])\d{{1,2}}\1\d{{4}}|\d{{4}}([./])\d{{1,2}}\2\d{{1,2}}"
                 rf"|\d{{1,2}}([./])\d{{1,2}}\3\d\d\b(?![./]\d))", text, re.I)
    if not m:
        return False
    tail = text[m.end():]
    return bool(re.fullmatch(r"(?:[,\s].{0,24})?", tail) or _TIME_TAIL.fullmatch(tail) or _masthead_tail(tail))


# A newspaper's issue line after its date: "| Vol. 74, No. 19 | $1.50", "· Issue 2,114 · Rs. 40",
# "| No. 312 | 24 pages": fields of its volume, number, price and pages, however long together
_MASTHEAD_FIELD = re.compile(
    r"(?:(?:vol(?:ume)?|nos?|issue|edition|number)\.?\s*[\dIVXLC][\d,]*[,;]?\s*)+"
    r"|(?:price:?\s*)?(?:[$£€₹]|rs\.?\s?|shs?\.?\s?|ksh\.?\s?|[A-Z]{1,3}\$\s?)?\d+(?:[.,]\d\d)?(?:\s?(?:cents?|p|c))?"
    r"|\d+\s+pages", re.I)


def _masthead_tail(tail: str) -> bool:
    parts = re.split(r"\s*[|•·]\s*", tail.strip())
    return len(parts) > 1 and parts[0] == "" and all(_MASTHEAD_FIELD.fullmatch(p) for p in parts[1:])


def _numeric_date(label: str, m: re.Match) -> tuple[str, date] | None:
    if m.group("y2"):
        try:
            return label, date(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
        except ValueError:
            return None
    a, b, year = int(m.group("a")), int(m.group("b")), _year(m.group("y"))
    if m.group("sep") == ".":
        day, month = a, b
    elif a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:  # "03/03/2025": the same day either way round
        day, month = a, b
    else:
        return None  # "06/03/2024": 6 March or June 3, the line does not say
    try:
        return label, date(year, month, day)
    except ValueError:
        return None


def _year(text: str) -> int:
    """"2025", or "25" as a short header writes it: this century's year."""
    return int(text) if len(text) == 4 else 2000 + int(text)


def partial_date(line: str) -> Dateline | None:
    """A header line that is a date without a year ("Monday, 17 February", "Updated: 3 June"),
    as a dateline without a place: its month, day and weekday, for the year to be fixed by the
    calendar or the file; None for any other line."""
    text = fold(line).strip()
    m = _HEADER_LABEL.match(text)
    text = text[m.end():] if m else text
    timed = _TIME_FIRST.match(text)  # "EMBARGOED UNTIL 00:01 BST TUESDAY 3 JUNE"
    text = text[timed.end():] if timed else text
    if not _date_line(text):
        text = _labelled_partial(text)  # "Your morning digest from Porto · Thursday 5 March"
    if not text:
        return None
    found = re.search(DATE, text, re.I)
    year, month, day = parse_date(found.group(0)) if found else (None, None, None)
    if year or not (month and day):
        return None
    wd = re.match(rf"({_WEEKDAY_ANY})\b", text, re.I)
    weekday = next((i for i, name in enumerate(calendar.day_abbr) if name.lower() == wd.group(1).lower()[:3]), None) if wd else None
    return Dateline(end=0, month=month, day=day, weekday=weekday)


def _labelled_partial(text: str) -> str | None:
    """The yearless date after a short label and a separator ("The Harbour Letter | Friday, 14
    November"); the date part must name a weekday, so that a headline with a day in it is none."""
    if len(text.split()) > 12 or re.search(r"[.!?]\s|\b(?:said|says|told)\b", text):
        return None
    for sep in re.finditer(r"\s*[,|•·]\s*|\s+[-–—]\s+", text):
        rest = text[sep.end():]
        if re.match(rf"(?:{_WEEKDAY_ANY})\b", rest, re.I) and _date_line(rest):
            return rest
    return None


def ambiguous_numeric(line: str) -> tuple[date, date] | None:
    """(day first, month first) readings of a header line's "06/03/2024" when both are days and
    the line alone cannot tell them apart; None for any other line."""
    text = fold(line).strip()
    m = _HEADER_LABEL.match(text)
    text = text[m.end():] if m else text
    # "Published on 04/03/2026 at 17h42 | Updated on 04/03/2026 at 19h05": the first of two
    # labelled stamps is the line's date; the second only makes the line long
    first, sep, rest = _split_stamps(text)
    text = first if sep and _HEADER_LABEL.match(rest) else text
    numeric = _NUMERIC_IN.search(text)
    if not numeric or numeric.group("sep") not in ("/", "-") or len(text.split()) > 8 or _numeric_date("published", numeric):
        return None
    a, b, year = int(numeric.group("a")), int(numeric.group("b")), _year(numeric.group("y"))
    try:
        return date(year, b, a), date(year, a, b)
    except ValueError:
        return None


def _split_stamps(text: str) -> tuple[str, str, str]:
    m = _WIDE_GAP.search(text)
    return (text[:m.start()], m.group(0), text[m.end():]) if m else (text, "", "")


def written_order(text: str) -> str | None:
    """"day" when the text writes its dates day first ("12 March"), "month" when month first
    ("March 12"), None when it writes none or both: the house style a numeric date follows."""
    day_first = re.search(rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})\b", text)
    month_first = re.search(rf"\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?!\s*(?:{_MONTH}))", text)
    if bool(day_first) == bool(month_first):
        return None
    return "day" if day_first else "month"


def is_byline(line: str) -> bool:
    """"By Priya Natarajan", "By X, Health Reporter": a short line naming the writer."""
    text = fold(line).strip()
    return bool(_BYLINE.match(text)) and len(text.split()) <= 14
