"""When a statement was made: its own time phrase resolved against the right anchor.

Anchors: the publication date (only when the article's date is known: an undated article
gets no dates at all) for weekdays, "yesterday", "last week", "earlier this month" and
month-day dates; the date last mentioned in the text before the phrase for "the following
day", "two days earlier". Past tense looks back, future ("will") forward. Parsing is
`dateparser`'s (told the base date and the direction); weekday and week arithmetic is
`datetime`'s with `calendar`'s day names.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, datetime, timedelta
from functools import lru_cache

from index import datelines

_WEEKDAYS = [d.lower() for d in calendar.day_name]
_NUM = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"
_OFFSET = re.compile(rf"^(?:some\s+)?({_NUM})\s+(day|week|month)s?\s+(earlier|before|later|after|ago)$")
_NEXT_DAY = re.compile(r"^(?:the\s+)?(?:following|next)\s+day$|^a\s+day\s+later$")
_PREV_DAY = re.compile(r"^(?:the\s+)?(?:previous|preceding)\s+day$|^the\s+day\s+before$|^a\s+day\s+earlier$")
# "the same day", "that day", "later that day", "that same day": the day just named, counted from nothing else
_SAME_DAY = re.compile(r"^(?:the\s+same\s+day|that\s+(?:same\s+|very\s+)?day)$")
_LEAD = re.compile(r"^(?:on|by|since|late|early|until|from|as of|(?:earlier|later)(?!\s+this\b))\s+", re.I)
_DURATION = re.compile(r"\b(?:for|up to|more than|less than|about|nearly|almost|over)\b|\b(?:days|weeks|months|years|decades)$")
_PARTS = re.compile(r"\s+(?:morning|afternoon|evening|night)$")


def _clean(text: str) -> str:
    t = " ".join(text.lower().replace("'s", "").split()).strip(" ,.")
    t = _PARTS.sub("", t)
    while True:
        new = _LEAD.sub("", t)
        if new == t:
            return t
        t = new


def needs_event_anchor(text: str) -> bool:
    """A phrase counted from another event ("the following day"), not from publication."""
    t = _clean(text)
    m = _OFFSET.match(t)
    return bool(_NEXT_DAY.match(t) or _PREV_DAY.match(t) or _SAME_DAY.match(t) or (m and m.group(3) != "ago"))


def resolve(text: str, published: date, anchor: date | None = None, future: bool = False) -> tuple[date, date, str] | None:
    """(first day, last day, basis) of a time phrase, or None when it names no day or short range.

    basis is "explicit" when the phrase names the day ("March 7"), else "context"."""
    t = _clean(text)
    raw = " ".join(text.lower().split()).strip(" ,.")
    weekend = _weekend(raw, published, future)
    if weekend:  # before the duration check: "over the weekend" is no length of time
        return weekend + ("context",)
    if not t or _DURATION.search(t) and not _OFFSET.match(t):
        return None
    base = anchor or published
    if _SAME_DAY.match(t):
        return (anchor, anchor, "context") if anchor else None
    if _NEXT_DAY.match(t):
        d = base + timedelta(1)
        return d, d, "context"
    if _PREV_DAY.match(t):
        d = base - timedelta(1)
        return d, d, "context"
    m = _OFFSET.match(t)
    if m:
        n = {"a": 1, "an": 1}.get(m.group(1)) or _number(m.group(1))
        if n is None or m.group(2) != "day":
            return None
        sign = 1 if m.group(3) in ("later", "after") else -1
        d = (published if m.group(3) == "ago" else base) + timedelta(sign * n)
        return d, d, "context"
    if t in ("the day before yesterday", "day before yesterday"):
        d = published - timedelta(2)
        return d, d, "context"
    if t in ("yesterday",) or re.fullmatch(r"(?:late |early )?last (?:night|evening)", raw):  # the evening before
        d = published - timedelta(1)
        return d, d, "context"
    if t in ("today", "this morning", "tonight", "this afternoon", "this evening"):
        return published, published, "context"
    week = _week_range(t, published)
    if week:
        return week + ("context",)
    m = _WEEK_THEN_DAY.fullmatch(t)
    if m:  # "last week Friday", "this week Monday": that weekday of the Monday-to-Sunday week named
        monday = published - timedelta(published.weekday()) + timedelta({"last": -7, "this": 0, "next": 7}[m.group(1)])
        d = monday + timedelta(_WEEKDAYS.index(m.group(2)))
        return d, d, "context"
    words = t.split()
    if len(words) >= 2 and words[0] in _WEEKDAYS and " ".join(words[1:]) in _GONE:
        words = ["last", words[0]]  # "Monday gone", "Friday just gone": the Caribbean and West African "last"
    if len(words) == 2 and words[0] in _WEEKDAYS and words[1] in ("last", "next"):
        words = words[::-1]  # "on Tuesday last", "Monday next": the Irish and older British order
    if words and words[-1] in _WEEKDAYS:
        return _weekday(words, published, future)
    month = _month(text, published, future)
    if month:
        return month + ("context",)
    return _explicit(t, published, future)


# "in March", "in late February", "March 2024", "during mid-May": a month named without a day
_MONTH_ONLY = re.compile(rf"(?:(?:in|during|throughout)\s+)?(?:(?P<part>early|mid|late)[-\s]+)?"
                         rf"(?P<month>(?:{datelines.MONTH})\.?(?:,?\s+\d{{4}})?)", re.I)


def _month(text: str, published: date, future: bool) -> tuple[date, date] | None:
    """The days of a month named without a day: the latest such month up to publication (cut
    at it), or the next one from it when the words look ahead; a stated year is kept."""
    m = _MONTH_ONLY.fullmatch(" ".join(text.split()).strip(" ,."))
    if not m or (m.group("month")[:3].lower() == "may" and not m.group("month")[:1].isupper()):
        return None  # "may" in lower case is a verb
    year, month, _ = datelines.parse_date(m.group("month"))
    if month is None:
        return None
    if year is None:
        year = published.year
        if future and month < published.month:
            year += 1
        elif not future and month > published.month:
            year -= 1
    first = date(year, month, 1)
    last = date(year, month, calendar.monthrange(year, month)[1])
    part = (m.group("part") or "").lower()
    if part:  # thirds of the month, as "early", "mid" and "late" are read in index.statements.dates
        first, last = {"early": (first, first + timedelta(9)), "mid": (first + timedelta(10), first + timedelta(19)),
                       "late": (first + timedelta(20), last)}[part]
    if first <= published <= last:  # the month of the report: up to it, or from it
        first, last = (published, last) if future else (first, published)
    return first, last


# An aside that closes reported words and dates the saying, not the thing said: ", in a video on
# 27 February", ", at committee on 2 March", ", in his letter of 1 March", ", in a post dated
# 3 May". Only a preposition, a determiner, nouns and a few participles of publishing come
# before the date: ", starting on 1 March" or ", which ended on 2 May" date what was said.
_ASIDE = re.compile(
    rf",\s+(?:in|at|during|via)\s+(?:(?:a|an|the|his|her|its|their|this|that)\s+)?"
    rf"(?P<words>(?:[^\W\d_][\w'’-]*\s+){{0,4}}?)(?:on|of|dated)\s+"
    rf"(?P<when>(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?(?:{datelines.DATE}))\s*[.;]?\s*$", re.I)
_PUBLISHING = {"posted", "published", "released", "broadcast", "aired", "sent", "issued", "filmed", "recorded", "shared"}


def closing_aside(content: str) -> str | None:
    """The date of a closing aside on how the words were said (see _ASIDE), as written."""
    m = _ASIDE.search(content)
    if not m:
        return None
    words = m.group("words").lower().split()
    if any(w.endswith(("ing", "ed")) and w not in _PUBLISHING for w in words) or any(w in ("which", "who", "that") for w in words):
        return None
    return m.group("when")


def _number(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    got = _parse(f"{word} days ago", date(2000, 1, 31), False)
    return (date(2000, 1, 31) - got).days if got else None


def _weekday(words: list[str], published: date, future: bool) -> tuple[date, date, str] | None:
    target = _WEEKDAYS.index(words[-1])
    mod = words[0] if len(words) > 1 else ""
    back = (published.weekday() - target) % 7
    if mod == "next" or (future and mod != "last"):
        ahead = (target - published.weekday()) % 7 or (7 if mod == "next" else 0)
        d = published + timedelta(ahead)
    elif mod == "last":
        d = published - timedelta(back or 7)
    else:
        d = published - timedelta(back)
    return d, d, "context"


def _week_range(t: str, published: date) -> tuple[date, date] | None:
    monday = published - timedelta(published.weekday())
    first = published.replace(day=1)
    if t == "last week" and published.weekday() == 6:
        # a Sunday's "last week" is the week just gone, not the one before it (where weeks start on
        # a Sunday, and in a Sunday paper's review of the week alike)
        return published - timedelta(7), published - timedelta(1)
    if t == "last week":
        return monday - timedelta(7), monday - timedelta(1)
    if t in ("this week", "earlier this week"):
        return monday, published - timedelta(1) if t.startswith("earlier") and published > monday else published
    if t in ("earlier this month", "this month"):
        return first, published - timedelta(1) if t.startswith("earlier") and published > first else published
    if t == "earlier this year" and published > published.replace(month=1, day=1):
        return published.replace(month=1, day=1), published - timedelta(1)
    if t == "last month":
        end = first - timedelta(1)
        return end.replace(day=1), end
    return None


_WEEK_THEN_DAY = re.compile(rf"(last|this|next)\s+week\s+({'|'.join(_WEEKDAYS)})")
_GONE = {"gone", "just gone", "past", "just past"}
_LAST_WEEKS = re.compile(rf"^(?:on\s+)?({'|'.join(_WEEKDAYS)})\s+(?:of\s+)?last\s+week$")


def _weekend(raw: str, published: date, future: bool = False) -> tuple[date, date] | None:
    """"over the weekend", "last weekend": the Saturday and Sunday before the report (up to it
    on a weekend), or the next one when the words look ahead; "earlier in the week"; "on Friday
    last week": that day of the week before."""
    if raw in ("over the weekend", "at the weekend", "on the weekend", "this weekend", "during the weekend") and future:
        saturday = published + timedelta((5 - published.weekday()) % 7)
        return saturday, saturday + timedelta(1)
    if raw in ("over the weekend", "at the weekend", "on the weekend", "this weekend", "last weekend", "during the weekend"):
        saturday = published - timedelta((published.weekday() - 5) % 7)
        if raw == "last weekend" and published.weekday() >= 5:
            saturday -= timedelta(7)
        return saturday, min(saturday + timedelta(1), published)
    monday = published - timedelta(published.weekday())
    if raw == "earlier in the week" and published > monday:
        return monday, published - timedelta(1)
    m = _LAST_WEEKS.match(raw)
    if m:
        d = monday - timedelta(7) + timedelta(_WEEKDAYS.index(m.group(1)))
        return d, d
    return None


# "3/11", "11-3": which is the day, the phrase alone cannot tell ("3.11" is day first)
_AMBIGUOUS_NUMERIC = re.compile(r"(?:on\s+)?(\d{1,2})[/-](\d{1,2})(?:[/-]\d{2,4})?")


def _explicit(t: str, published: date, future: bool) -> tuple[date, date, str] | None:
    if not re.search(r"\d", t) or re.fullmatch(r"(?:in\s+)?\d{4}", t):
        return None  # a month or a year alone names no day
    if re.search(r"%|\bper\s?cent\b|\bpercent\b|\bpc\b", t):
        return None  # "11.4%": a share, never the 11th of April
    numeric = _AMBIGUOUS_NUMERIC.fullmatch(t)
    if numeric and int(numeric.group(1)) <= 12 and int(numeric.group(2)) <= 12 and numeric.group(1) != numeric.group(2):
        return None
    d = _parse(t, published, future)
    if d is None:
        return None
    return d, d, "explicit"


def parse_day(text: str, base: date, future: bool) -> date | None:
    """The day a phrase names ("March 7", "Monday, March 7, 2022"), counted from `base`: the
    nearest such day after it when `future`, else on or before it."""
    return _parse(text, base, future)


# datelines' date shapes ("March 7", "7 March 2022") and "7th of March", after an optional weekday
_PLAIN = re.compile(
    rf"(?:(?:{datelines.WEEKDAY_ANY})\.?,?\s+)?(?P<date>{datelines.DATE}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+of\s+(?:{datelines.MONTH})\.?(?:,?\s+\d{{4}})?)", re.I)


def _plain(text: str, base: date, future: bool) -> date | None | bool:
    """A plain month-and-day date ("March 7", "7 March 2022", "Monday, March 7") read without
    dateparser, whose first use costs most of a cold `ask`; False: not such a date."""
    m = _PLAIN.fullmatch(text.strip())
    if m is None:
        return False
    year, month, day = datelines.parse_date(m.group("date"))
    if not (month and day):
        return False
    try:
        if year:
            return date(year, month, day)
        got = date(base.year, month, day)
        if future and got <= base:  # as dateparser reads it: the same day next year
            got = date(base.year + 1, month, day)
        elif not future and got > base:
            got = date(base.year - 1, month, day)
        return got
    except ValueError:  # 29 February in another year, 31 April: leave it to dateparser
        return False


@lru_cache(maxsize=4096)
def _parse(text: str, base: date, future: bool) -> date | None:
    plain = _plain(text, base, future)
    if plain is not False:
        return plain
    import dateparser

    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": "future" if future else "past", "REQUIRE_PARTS": ["day", "month"],
                "STRICT_PARSING": False}
    try:
        got = dateparser.parse(text, languages=["en"], settings=settings)
    except Exception:  # dateparser raises on some odd strings: the phrase names no date
        return None
    return got.date() if got else None
