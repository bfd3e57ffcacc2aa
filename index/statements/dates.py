"""Time phrases as wire copy writes them ("on Tuesday", "last week", "January 17") -> dates.

Everything is resolved against the article's published date: a bare weekday is the most
recent such day on or before publication, a bare "December 12" the most recent December 12
on or before it. Relative phrases ("the following day") need a reference date, the previous
date mentioned nearby; without one they stay unresolved rather than guessed. Month names are
the calendar's and month-day phrases are parsed by `dateparser` (as `when.py` does); finding the
phrases in a text is this module's pattern.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

WEEKDAYS = [d.lower() for d in calendar.day_name]
MONTHS = [m.lower() for m in calendar.month_name[1:]]
# Month names and their abbreviations ("Sept." too), lower case.
MONTH_WORDS = (*MONTHS, *(a.lower() for a in calendar.month_abbr[1:] if a != "May"), "sept")
_MONTH_ABBR = {m.lower() for m in calendar.month_abbr[1:]}

_WD = "(?:" + "|".join(calendar.day_name) + ")"
# full names, then abbreviations with an optional dot ("Sept." too): the calendar's words
_MON = "(?:" + "|".join([*calendar.month_name[1:], *(rf"{a}\.?" for a in calendar.month_abbr[1:] if a != "May"),
                         r"Sept\.?"]) + ")"
_PART = r"(?:\s+(?:morning|afternoon|evening|night))?"
# "on Tuesday last", "Monday next": the Irish and older British order (not "Tuesday last week")
# "Monday gone", "Friday just gone", "Monday past,": the Caribbean and West African "last"
_AFTER = (r"(?:\s+(?:last|next)\b(?!\s+(?:week|month|year|weekend|night|time|season)\b)"
          r"|\s+(?:just\s+)?gone\b|\s+(?:just\s+)?past(?=\s*(?:[,.;:!?)]|$)))?")
# "last week Friday", "this week Monday", "next week Tuesday": a weekday of the week named
_WEEK_BEFORE = r"(?:(?:last|this|next)\s+week\s+)?"

# Order matters: longer, more specific phrases first.
TIME_RE = re.compile(
    rf"""(?x)
    (?P<mday>(?:(?:on|since|by|until)\s+)?(?:{_WD},?\s+)?{_MON}\s+\d{{1,2}}(?!\d)(?:st|nd|rd|th)?(?:,?\s+(?P<y1>\d{{4}}))?)
  | (?P<dmon>(?:(?:on|since|by|until)\s+)?(?:{_WD},?\s+)?(?:the\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MON}(?:\s+(?P<y2>\d{{4}}))?)
  | (?P<mid>(?:in\s+|since\s+)?(?:mid|early|late)[-\s]{_MON}(?!\w)(?:\s+(?P<y3>\d{{4}}))?)
  | (?P<month>\b(?:in|last|next|this)\s+{_MON}(?!\w)(?:\s+(?P<y4>\d{{4}}))?)
  | (?P<wday>(?:(?:earlier|later)\s+)?(?:(?:on|last|this|next)\s+)?{_WEEK_BEFORE}{_WD}(?:,?\s+the\s+(?P<dom>\d{{1,2}})(?:st|nd|rd|th)\b)?{_PART}{_AFTER})
  | (?P<rel>\bthe\s+day\s+(?:before\s+yesterday|after\s+tomorrow)|\b(?:the\s+)?(?:following|next|previous)\s+day|the\s+day\s+before|a\s+day\s+later|yesterday|today|last\s+night)
  | (?P<span>\b(?:(?:earlier|later)\s+)?(?:last|next|this|earlier\s+this)\s+(?:week|month|year))
  | (?P<year>\bin\s+(?P<y5>(?:19|20)\d{{2}}))
  | (?P<odom>\b(?:on|by|until|from|of)\s+the\s+\d{{1,2}}(?:st|nd|rd|th)\b(?=\s*(?:[.,;:!?)]|$|(?:at|and|or|to|so|when|for|from)\b)))
    """,
    re.IGNORECASE,
)


# Any word that places a sentence in time, resolved or not ("in the spring", "3 days later",
# "Sept."): whether a sentence says when at all, where TIME_RE finds only phrases it can date.
TIME_WORDS = re.compile(
    rf"\b(?:1[89]\d\d|20\d\d|{'|'.join(MONTH_WORDS)}|{'|'.join(WEEKDAYS)}|"
    r"yesterday|today|tonight|tomorrow|weekend|morning|afternoon|evening|night|midnight|noon|"
    r"(?:last|next|this|earlier|later|coming|following|previous)\s+(?:week|month|year|day|spring|summer|autumn|"
    r"fall|winter|season|quarter)|spring|summer|autumn|winter|"
    r"\d+\s+(?:days?|weeks?|months?|years?|hours?)\s+(?:ago|earlier|later|before|after)|"
    r"(?:in|within|after)\s+(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|several|a few)\s+"
    r"(?:days?|weeks?|months?|years?|hours?))\b",
    re.I,
)


def says_time(text: str) -> bool:
    """The text places something in time: a time word or a phrase `find_time_phrases` finds."""
    return bool(TIME_WORDS.search(text)) or bool(find_time_phrases(text))


@dataclass(frozen=True)
class TimePhrase:
    start: int
    end: int
    text: str
    kind: str  # mday | dmon | mid | month | wday | rel | span | year | odom ("on the 16th": a day of a month unnamed)


def find_time_phrases(text: str) -> list[TimePhrase]:
    """Every time phrase in `text`, in order, with offsets into `text`."""
    return list(_time_phrases(text))


# Every branch of TIME_RE needs one of these (case ignored alike): a digit, a month's first three
# letters (in each name and abbreviation), "day" (in each weekday, "yesterday", "the next day"),
# "night", "week", "month" or "year". A text without any has no time phrase, and the test costs a
# twentieth of the expression's 0.5-1 ms a sentence (tried at each character, branch by branch).
_TIME_NEEDS = re.compile(r"\d|day|night|week|month|year|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec", re.I)


@lru_cache(maxsize=4096)
def _time_phrases(text: str) -> tuple[TimePhrase, ...]:
    """`find_time_phrases`, kept: an answer reads a sentence's phrases several times (its date label
    and its day ahead, bot/answering/dates.py), and the expression costs about 0.2 ms a sentence."""
    if not _TIME_NEEDS.search(text):
        return ()
    out = []
    for m in TIME_RE.finditer(text):
        kind = m.lastgroup if m.lastgroup in _KINDS else next(k for k in _KINDS if m.group(k))
        if kind == "wday" and not m.group(0)[0].isupper() and m.group(0).split()[0].lower() not in (
            "on", "last", "this", "next", "earlier", "later"
        ):
            continue
        if kind in ("mday", "dmon", "month", "mid") and not _has_capital_month(m.group(0)):
            continue  # "may 5" in lowercase is a verb, not a month
        if kind == "wday" and _names_a_kind(text, m):
            continue
        if kind == "wday" and _FEAST_BEFORE.search(text, 0, m.start()) and m.group(0).split()[0][:1].isupper():
            continue  # "on Easter Monday", "Good Friday": a feast's day, not this week's weekday
        out.append(TimePhrase(m.start(), m.end(), m.group(0), kind))
    return tuple(out)


_KINDS = ("mday", "dmon", "mid", "month", "wday", "rel", "span", "year", "odom")

# "its Saturday hours", "the Sunday service", "their Monday shifts": a bare weekday between a
# determiner and a noun names a kind of thing, not a day ("on the Sunday before the vote" does).
_KIND_BEFORE = re.compile(r"\b(?:the|a|an|its|their|our|his|her|my|your|every|each)\s+$", re.I)
_KIND_AFTER = re.compile(r"\s+(?!(?:before|after|of|that|when|in|on|at|following|prior|and|or|to|is|was|will|would)\b)[a-z]{3,}\b")


# The first word of a named feast or day whose second word is a weekday ("Easter Monday", "Whit
# Sunday", "Good Friday", "Holy Thursday", "Ash Wednesday", "Shrove Tuesday", "Black Friday").
_FEAST_BEFORE = re.compile(r"\b(?:Easter|Whit|Good|Holy|Maundy|Ash|Shrove|Palm|Low|Trinity|Mothering|Remembrance|"
                           r"Black|Cyber|Super|Bloody|Plough|Pancake|Orthodox)\s+$")


def _names_a_kind(text: str, m: re.Match) -> bool:
    return (m.group(0)[:1].isupper() and " " not in m.group(0).strip()
            and bool(_KIND_BEFORE.search(text[:m.start()])) and bool(_KIND_AFTER.match(text, m.end())))


def _has_capital_month(s: str) -> bool:
    return any(w[:1].isupper() and w.rstrip(".,").lower()[:3] in _MONTH_ABBR for w in re.split(r"[\s-]+", s))


def _month_of(s: str) -> int:
    """The month a phrase names ("in mid-December" -> 12), by dateutil's parser."""
    from dateutil import parser

    words = [w for w in re.split(r"[\s\-,]+", s) if w.rstrip(".").lower()[:3] in _MONTH_ABBR]
    return parser.parse(words[0], default=datetime(2000, 1, 1)).month


def _day_of(s: str, published: date | None) -> date | None:
    """The day a month-day phrase names ("on Monday, March 7", "12 December 2022"), by dateparser:
    with no year, the latest such day on or before publication (a dateline may run a day behind)."""
    from index.statements.when import parse_day

    text = re.sub(r"^(?:on|since|by|until)\s+(?:the\s+)?|^the\s+", "", s, flags=re.I)  # "on the 3rd of May"
    if re.search(r"\b(?:19|20)\d{2}\b", text):
        return parse_day(text, published or date(2000, 1, 1), future=False)
    return parse_day(text, published + timedelta(days=1), future=False) if published else None


def _month_range(month: int, year: int) -> tuple[date, date]:
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def resolve(phrase: str, published: date | None, ref: date | None = None) -> tuple[date, date] | None:
    """(first day, last day) of `phrase`, or None when it cannot be resolved."""
    matches = find_time_phrases(phrase)
    if not matches:
        return None
    tp = matches[0]
    s = tp.text.lower()
    year = re.search(r"\b(19|20)\d{2}\b", s)
    if tp.kind in ("mday", "dmon"):
        d = _day_of(tp.text, published)
        return (d, d) if d else None
    if tp.kind in ("month", "mid"):
        month = _month_of(s)
        if year:
            y = int(year.group(0))
        elif published and s.startswith("next"):  # the next such month after the report
            y = published.year if month > published.month else published.year + 1
        elif published and s.startswith("last"):  # the last such month before it
            y = published.year if month < published.month else published.year - 1
        elif published and s.startswith("this"):
            y = published.year
        elif published:
            y = published.year if month <= published.month else published.year - 1
        else:
            return None
        first, last = _month_range(month, y)
        if tp.kind == "mid":
            part = re.search(r"(mid|early|late)[-\s]", s).group(1)
            first, last = {"early": (first, first + timedelta(9)), "mid": (first + timedelta(10), first + timedelta(19)),
                           "late": (first + timedelta(20), last)}[part]
        return first, last
    if tp.kind == "year":
        y = int(year.group(0))
        return date(y, 1, 1), date(y, 12, 31)
    if published is None:
        return None
    if tp.kind == "wday":
        wd = next(i for i, w in enumerate(WEEKDAYS) if w in s)
        dom = re.search(r"\bthe\s+(\d{1,2})(?:st|nd|rd|th)\b", s)
        if dom:  # "Saturday the 25th": the one such day within weeks of the report, ahead or behind
            fits = [d for k in range(-45, 46) if (d := published + timedelta(days=k)).day == int(dom.group(1))
                    and d.weekday() == wd]
            fits.sort(key=lambda d: abs((d - published).days))
            # (two months may both hold a "Tuesday the 10th": the one in days, not weeks, away)
            if len(fits) == 1 or len(fits) == 2 and 2 * abs((fits[0] - published).days) <= abs((fits[1] - published).days):
                return fits[0], fits[0]
            return None
        week = re.search(r"\b(last|this|next)\s+week\b", s)
        if week:  # "last week Friday": that weekday of the Monday-to-Sunday week named
            monday = published - timedelta(days=published.weekday()) + timedelta(days={"last": -7, "this": 0, "next": 7}[week.group(1)])
            d = monday + timedelta(days=wd)
            return d, d
        if s.endswith(" next"):  # "Monday next" (the older British order): the coming one
            ahead = (wd - published.weekday()) % 7 or 7
            d = published + timedelta(days=ahead)
            return d, d
        if s.startswith("next "):  # "next Thursday": that day of the coming week, never one gone by
            # (said on a Tuesday, the Thursday of the week after, as "this Thursday" is the one in two days)
            d = published - timedelta(days=published.weekday()) + timedelta(days=7 + wd)
            return d, d
        back = (published.weekday() - wd) % 7
        if (s.startswith("last ") or s.endswith((" last", " gone", " past"))) and back == 0:
            back = 7
        d = published - timedelta(days=back)
        return d, d
    if tp.kind == "odom":  # "on the 16th": a day of the month the words were written in, as a reader takes it
        n = int(re.search(r"(\d{1,2})(?:st|nd|rd|th)", s).group(1))
        if not 1 <= n <= calendar.monthrange(published.year, published.month)[1]:
            return None
        d = published.replace(day=n)
        return d, d
    if tp.kind == "rel":
        if "day before yesterday" in s or "day after tomorrow" in s:
            d = published + timedelta(days=-2 if "yesterday" in s else 2)
            return d, d
        if "today" in s:
            return published, published
        if "yesterday" in s or "last night" in s:
            d = published - timedelta(days=1)
            return d, d
        if ref is None:
            return None
        d = ref + timedelta(days=-1 if ("previous" in s or "before" in s) else 1)
        return d, d
    if tp.kind == "span":
        unit = s.split()[-1]
        this = "this" in s
        if s.startswith("next"):  # "next week / month / year": the whole of the one after the report's
            if unit == "week":
                monday = published - timedelta(days=published.weekday()) + timedelta(days=7)
                return monday, monday + timedelta(days=6)
            if unit == "month":
                first = (published.replace(day=1) + timedelta(days=32)).replace(day=1)
                return _month_range(first.month, first.year)
            return date(published.year + 1, 1, 1), date(published.year + 1, 12, 31)
        if unit == "week":
            monday = published - timedelta(days=published.weekday())
            if this:
                return monday, published
            return monday - timedelta(days=7), monday - timedelta(days=1)
        if unit == "month":
            if this:
                return published.replace(day=1), published
            prev = published.replace(day=1) - timedelta(days=1)
            return _month_range(prev.month, prev.year)
        if this:
            return date(published.year, 1, 1), published
        return date(published.year - 1, 1, 1), date(published.year - 1, 12, 31)
    return None


def with_date(phrase: str | None, start: date | None, end: date | None) -> str:
    """A time phrase as written with its resolved date: "on Tuesday (28 February 2023)"."""
    if start is None:
        return ""
    end = end or start
    whole = False  # a whole month or year: "in March 2025", never "on March 2025"
    if start == end:
        shown = f"{start.day} {start.strftime('%B %Y')}"
    elif start.day == 1 and (end + timedelta(1)).day == 1 and start.month == end.month:
        shown, whole = start.strftime("%B %Y"), True
    elif (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        shown, whole = str(start.year), True
    else:
        shown = f"{start.day} {start.strftime('%B')} to {end.day} {end.strftime('%B %Y')}"
    if not phrase:
        return f"in {shown}" if whole else f"on {shown}" if start == end else f"from {shown}"
    p = phrase.strip()
    p = p[0].lower() + p[1:] if p.split()[0].lower() in ("earlier", "later", "the", "last", "on", "this", "today",
                                                           "yesterday", "tonight", "tomorrow") else p
    if whole and shown in p:
        return p  # "in 1987": the phrase says it already
    if re.fullmatch(r"[A-Z][a-z]+day", p) or re.match(rf"(?:{'|'.join(calendar.month_name[1:])})\b", p):
        p = "on " + p
    return f"{p} ({shown})"
