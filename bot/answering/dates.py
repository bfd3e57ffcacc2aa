"""The resolved date written beside a relative time phrase: "on Saturday (12 October 2024)".

A weekday reads backwards from the report's date ("denied on Saturday"), forwards when the
sentence speaks of the future ("would be announced on Saturday", "are due to meet on Monday").
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from index.body_dates import looks_ahead
from index.statements.dates import WEEKDAYS, find_time_phrases, resolve, with_date

# Besides the markers of a day ahead (body_dates.looks_ahead), a clause that starts something on
# the weekday ("takes effect from Monday", "not before Friday at the earliest") looks forward too;
# "from" only just before the weekday: "heard it from a neighbour on Wednesday" looks back ("starting
# Monday", "beginning Monday" look ahead as "from Monday" does).
# A timetable verb right before the weekday ("takes effect Friday", "comes into force on Friday") too.
# "starting Monday", "effective Friday", "a strike to begin ... on Tuesday": a start still ahead.
_STARTS_AHEAD = re.compile(r"\b(?:before .{0,20}at the earliest|from\s*$"
                           r"|(?:starting|beginning|commencing|effective|as of)\s*(?:on\s*|from\s*)?$|\bto (?:begin|start|commence)\b"
                           r"|(?:takes?|taking) effect\s*(?:on\s*)?$|(?:comes?|coming|goes|go|going) into (?:force|effect)\s*(?:on\s*)?$"
                           # "The draw is Sunday", "the vote is on Tuesday": a present copula dates a thing ahead
                           r"|^\s*(?:the|a|an|its|their|his|her)\s+[\w\s'’-]{1,40}?\b(?:is|are)\s+(?:on\s+)?$)", re.I)
# a chat's terse "install is Monday afternoon" (a bare noun's present copula), "not before Monday",
# "can lend us a trailer until Monday": the day lies ahead
_TERSE_AHEAD = re.compile(r"^\s*(?!(?:today|it|this|that|yesterday|tomorrow|he|she|they)\b)(?:(?:the|a|an|its|their|his|her)\s+)?"
                          r"[a-z][\w'’-]*\s+(?:is|are)\s+(?:on\s+)?$"
                          r"|\b(?:not before|no earlier than)\s*(?:on\s*)?$|\b(?:can|could)\b[^.;]{0,60}\b(?:until|till)\s*$", re.I)


# "not Wednesday", "rather than on Friday", "instead of Monday": a day the sentence puts right
_DENIED = re.compile(r"\b(?:not|rather than|instead of)\s+(?:on\s+)?$", re.I)
_DAY_OF_MONTH = re.compile(r"\bthe\s+\d{1,2}(?:st|nd|rd|th)\b")


def _ahead(clause: str) -> bool:
    return looks_ahead(clause) or _STARTS_AHEAD.search(clause) is not None or _TERSE_AHEAD.search(clause) is not None


def dated_phrase(sentence: str, published: date | None, before: str = "", ranges: bool = True) -> str | None:
    """The sentence's first relative day phrase with its date (see `_first_dated`); when that one
    lies ahead ("are to close at the end of next month") and a later one dates a day gone by ("the
    committee decided yesterday"), the day of the act first: "yesterday (16 October), for next month (...)"."""
    first = _first_dated(sentence, published, before, ranges)
    if first is None or not first[1]:
        return first[0] if first else None
    rest = sentence[first[2]:]
    later = _first_dated(rest, published, before + sentence[:first[2]], ranges)
    if later is not None and not later[1] and later[3]:
        return f"{later[0]}, for {first[0].removeprefix('on ')}"
    return first[0]


def day_told_of(sentence: str, phrase: str, told: date, published: date | None, before: str = "") -> str | None:
    """"said yesterday that the part had arrived on Monday": a day phrase after the one the ledger
    dates the telling by (`phrase`, the day `told`), naming a day before it: the day of what was told."""
    at = sentence.lower().find(phrase.lower())
    if at < 0 or published is None:
        return None
    end = at + len(phrase)
    later = _first_dated(sentence[end:], published, before + sentence[:end], ranges=False)
    if later is None or later[1] or not later[3]:
        return None  # a day ahead, or no one day gone by
    days = [tp for tp in find_time_phrases(sentence[end:]) if tp.end <= later[2]]
    rng = resolve(days[-1].text, published) if days else None
    return later[0] if rng is not None and rng[0] < told else None


def _first_dated(sentence: str, published: date | None, before: str = "", ranges: bool = True):
    """(phrase with its date, whether it lies ahead, where it ends, whether it is one day gone by)
    for the sentence's first relative day phrase, or None.

    `before` is the article's text before the sentence: "the following day" and "two days
    earlier" count from the last day it names ("Monday, July 19 ... The following day")."""
    if published is None:
        return None
    m = _DAYS_OFF.search(sentence)
    if m:
        ref = _last_day(before, published)
        if ref is not None:
            n = _NUMBERS.get(m.group(1).lower()) or (int(m.group(1)) if m.group(1).isdigit() else None)
            if n:
                day = ref + timedelta(days=-n if m.group(2).lower() in ("earlier", "before") else n)
                return f"{m.group(0)} ({day.day} {day.strftime('%B %Y')})", False, m.end(), False
    m = None
    for tp in find_time_phrases(sentence):
        if tp.kind not in ("wday", "rel", "span", "month"):
            continue
        if _DENIED.search(sentence[:tp.start]):
            continue  # "now due on Thursday, not Wednesday": the day put right is no day of anything
        rng = resolve(tp.text, published, _last_day(before, published) if tp.kind == "rel" else None)
        if rng is None:
            continue
        if rng[0] != rng[1]:
            if tp.kind == "month" and tp.text.lower().startswith("in ") and not re.search(r"\d{4}", tp.text) \
                    and _ahead(_clause_before(sentence, tp.start)) and rng[1] < published:
                # "will reopen in June": the coming June, not the last one
                rng = (rng[0].replace(year=rng[0].year + 1), rng[1].replace(year=rng[1].year + 1, day=1))
                rng = (rng[0], (rng[1] + timedelta(days=31)).replace(day=1) - timedelta(days=1))
            if ranges and (rng[1] - rng[0]).days <= 31:  # "last November", "last week": the range, as a range
                return with_date(tp.text, rng[0], rng[1]), rng[0] > published, tp.end, False
            continue
        day = rng[0]
        low = tp.text.lower()
        if tp.kind == "wday" and not low.startswith(("last", "earlier", "next")) and not _DAY_OF_MONTH.search(low) \
                and _ahead(_clause_before(sentence, tp.start)):
            day = _forward(low, published)  # "Saturday the 25th" is fixed by its day already
        return with_date(tp.text, day, day), day > published, tp.end, day < published
    return None


def event_day(sentence: str, published: date | None, told: str, before: str = "") -> str | None:
    """The day of what a sentence reports, when an earlier day phrase than its telling's dates it:
    "the pontoon gave way during Saturday's heats, the association said yesterday" -> "on Saturday
    (...)"; None when the telling's phrase is the sentence's first day or comes first."""
    at = sentence.lower().find(told.lower())
    if at <= 0:
        return None
    found = _first_dated(sentence[:at], published, before, ranges=False)
    return found[0] if found and found[3] else None


_CLAUSE_START = re.compile(r"\b(?:said|says|told|added|that|according to)\b|[,;:—]")


def future_day(sentence: str, published: date | None) -> str | None:
    """The sentence's weekday phrase dated forwards, when it tells of something still to come
    ("said harvesters would meet on Saturday"): the day of the thing, not of the telling."""
    if published is None:
        return None
    anchor = published
    for tp in find_time_phrases(sentence):
        if tp.kind != "wday":
            continue
        low = tp.text.lower()
        if low.startswith(("last", "earlier")) or not _ahead(_clause_before(sentence, tp.start)):
            told = resolve(tp.text, published)
            if told is None or not _TOLD.search(sentence[:tp.start]):
                return None
            # "said on Monday it would offer a meeting on Wednesday": the Wednesday after that Monday
            anchor = told[0]
            continue
        fixed = resolve(tp.text, published) if _DAY_OF_MONTH.search(low) or low.startswith("next ") else None
        day = fixed[0] if fixed else _forward(low, anchor)
        return with_date(tp.text, day, day)
    return None


# "in Shippagan, N.B., on Saturday": a place's region between commas does not start a clause.
_PLACE_APPOSITION = re.compile(r",\s*(?:[A-Z][\w.'’\-]*\s?){1,3},\s*$")


def _clause_before(sentence: str, at: int) -> str:
    """The words from the clause's start (a speech verb, "that", a comma) to the time phrase:
    "Sultangaliyeva said on Tuesday" is past whatever "will" came before."""
    head = sentence[:at]
    starts = [m.end() for m in _CLAUSE_START.finditer(head)
              if not (m.group(0) == "," and _PLACE_APPOSITION.search(head[: m.end()]) or _PLACE_APPOSITION.match(head[m.start():]))]
    return head[starts[-1]:] if starts else head


_NUMBERS = {"one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
            "nine": 9, "ten": 10}
# "Two days earlier, ..." counts from the day named before; "a day before the disclosure" names its own anchor.
_DAYS_OFF = re.compile(r"\b(a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+days?\s+(earlier|later|before|after)"
                       r"(?=\s*[,.;:]|\s*$)", re.I)


def _last_day(before: str, published: date) -> date | None:
    """The last single day the text before names ("on Thursday", "Monday, July 19")."""
    day = None
    for tp in find_time_phrases(before[-800:]):
        if tp.kind in ("mday", "dmon", "wday"):
            rng = resolve(tp.text, published)
            if rng is not None and rng[0] == rng[1]:
                day = rng[0]
    return day


def _forward(phrase: str, published: date) -> date:
    wd = next(i for i, w in enumerate(WEEKDAYS) if w in phrase)
    ahead = (wd - published.weekday()) % 7 or 7
    return published + timedelta(days=ahead)


# the clock time an event happened at: "struck the shoal about 11:40 p.m.", "at 06:00"; never a
# timetable's run of hours ("from 05:30 to 23:30", "between 9am and 5pm") or "no bus after 7pm"
CLOCK = re.compile(r"\b(?:at|about|around|approximately|shortly\s+(?:before|after)|just\s+(?:before|after))\s+(?:about\s+)?"
                   r"\d{1,2}(?:[:.]\d\d(?:\s*[ap]\.?m\b\.?)?|\s*[ap]\.?m\b\.?)(?!\s*(?:to|and|-|–|until)\s*\d)", re.I)
# a day that dates the telling, not the event: "..., the Coast Guard said Thursday."
_TOLD = re.compile(r"\b(?:said|says|told|announced|added|reported|confirmed|stated)\s+(?:on\s+)?$", re.I)


def clock_day(sentence: str, published: date | None, before: str = "") -> str | None:
    """For a sentence that gives a clock time and no day ("struck the shoal about 11:40 p.m."), the
    last day the text just before it (its paragraph and the one above) gives an event, with its date:
    "late Wednesday (10 September 2025)". A day that only dates a telling ("said Thursday") is none."""
    if published is None or not CLOCK.search(sentence) or find_time_phrases(sentence):
        return None
    text = "\n\n".join(before.split("\n\n")[-2:])
    found = None
    for tp in find_time_phrases(text):
        if tp.kind not in ("wday", "mday", "dmon", "rel") or _TOLD.search(text[:tp.start]):
            continue
        rng = resolve(tp.text, published)
        if rng is not None and rng[0] == rng[1] and rng[0] <= published:
            found = (tp.text if tp.kind in ("wday", "rel") else None, rng[0])  # ("4 November 2023" says its date)
    return with_date(found[0], found[1], found[1]) if found else None
