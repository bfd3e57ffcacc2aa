"""The article's day when no header states it, fixed by the calendar from what the body says.

Clues read here: the years the text names ("guidance for 2025", "the 2024-25 season"),
weekdays tied to a day of the month in any order ("Tuesday, June 10", "Monday 8 March",
"on 8 March, a Saturday", "on Saturday (8 March)", "Saturday's defeat ... on 8 March"), and
the weekday the news happened on: the lede's ("said on Monday"), else the one the body puts
most past events on (an earlier day mentioned once, "a post late on Monday", is not the
news day; a tie leaves the date unknown). A pair's year is taken only when the
calendar leaves exactly one of the years the text makes plausible; the article's day is the
news weekday on or within five days after the latest past dated day, or that day itself when
the news weekday is the day before it ("on Wednesday night" beside "Thursday, November 13"
is the 12th, reported on the 13th, not the 19th). Days the text looks
forward to ("will meet on Friday, June 13") are never the news day, and one that would fall
before it is a conflict: the date then stays unknown. Nothing here guesses a date.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from index.datelines import DATE, parse_date
from index.datelines import WEEKDAY as _WEEKDAY
from index.datelines import WEEKDAYS as _WEEKDAYS
from index.textnorm import fold

_YEAR = re.compile(r"(?<![\d,.$€£])\b(19[5-9]\d|20\d\d)\b(?![\d,]\d)")
# "the 2024-25 season", "fiscal 2024/25": the second year is named too.
_SPAN_YEAR = re.compile(r"(?<![\d,.$€£])\b(19[5-9]\d|20\d\d)[-/](\d\d)\b(?![-/,]?\d)")
# The present is in (or after) these years: "since January 2022", "so far in 2021".
_SO_FAR = re.compile(r"\bso far (?:in|this year,? in)\s+(\d{4})\b", re.I)
_SINCE = re.compile(r"\bsince\s+(?:[A-Z][a-z]+\.?\s+)?(\d{4})\b", re.I)
# A weekday tied to a day of the month, in the orders news writing uses.
_PAIRS = [
    re.compile(rf"\b(?P<wd>{_WEEKDAY}),?\s+(?:the\s+)?(?P<date>{DATE})", re.I),  # "Tuesday, June 10"
    re.compile(rf"\b(?P<date>{DATE}),?\s+(?:which\s+(?:was|is|will\s+be)\s+)?an?\s+(?P<wd>{_WEEKDAY})\b", re.I),
    re.compile(rf"\b(?P<wd>{_WEEKDAY})\s+\((?P<date>{DATE})\)", re.I),  # "Saturday (8 March)"
    re.compile(rf"\b(?P<date>{DATE})\s+\((?P<wd>{_WEEKDAY})\)", re.I),
    # "Saturday's 2-1 defeat by Rovers on 8 March": one clause, no other day between.
    re.compile(rf"\b(?P<wd>{_WEEKDAY})'s\s+(?:(?!{_WEEKDAY}\b)[\w'-]+\s+){{0,8}}?on\s+(?P<date>{DATE})", re.I),
]
# One event named by its weekday in one place and by its date in another: "Saturday's 3-0
# defeat by Calder" ... "The Calder defeat, on 8 March, ...". The same noun, and any name
# the dated mention carries, must be in the weekday's phrase.
_POSSESSIVE = re.compile(rf"\b(?P<wd>{_WEEKDAY})'s\s+(?P<phrase>(?:[\w-]+[ ]+){{0,7}}[\w-]+)", re.I)
_DATED_EVENT = re.compile(
    rf"\b(?:the|its|their|this|that)\s+(?P<words>(?:[\w-]+\s+){{0,3}}?)(?P<noun>[a-z]{{3,}}),?\s+on\s+(?P<date>{DATE})",
    re.I,
)
_BARE_WEEKDAY = re.compile(rf"(?<!next )(?<!last )(?<!this )(?<!every )\b(?P<wd>{_WEEKDAY})\b(?!')", re.I)
# "informed this Tuesday", "declared this Friday": a translated wire's "este martes" straight after
# a past reporting verb is the day of the news, as a bare weekday would be
_REPORTED_THIS_WEEKDAY = re.compile(rf"\b(?P<verb>[a-z]{{3,}})\s+this\s+(?P<wd>{_WEEKDAY})\b(?!')", re.I)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|(?:is|are)\s+(?:now\s+|still\s+|currently\s+|also\s+)?due|scheduled|next|ahead of|upcoming|to be held|going to|"
    r"(?:is|are|was|were|set|due|expected|agreed|decided|voted|promised|pledged|vowed|plann?(?:s|ed)?|plan|"
    r"intends?|intended|hopes?|hoped|wants?|wanted|aims?|aimed) to)\b|'ll\b",
    re.I,
)
_PAST = re.compile(
    r"\b(?:was|were|had|did|said|told|wrote|spoke|began|came|fell|went|took|met|broke|struck|won|lost|beat|drew|"
    r"saw|made|gave|left|held|sent|led|paid|rose|sold|found|ran|got|became|brought|bought|thought|felt|kept|"
    r"knew|stood|grew|threw|ago|yesterday|"
    r"(?!(?:hundred|indeed|proceed|exceed|succeed|speed|breed)\b)\w{3,}ed)\b",
    re.I,
)
# A dated day the text puts before the news: "last week, on Thursday, November 6", "earlier this month"
_EARLIER = re.compile(r"\b(?:(?:last|previous|past) (?:week|month)|earlier this (?:week|month)|a week (?:ago|earlier|before))\b", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"']?\s+(?=[A-Z\"'])|\n")


@dataclass(frozen=True)
class DatedDay:
    """A day of the month the text ties to a weekday; `day` is None when no one year fits."""

    start: int
    end: int
    weekday: int
    month: int
    dom: int
    day: date | None
    tense: str | None  # "past", "future" or None (the text does not say)


def valid_day(year: int, month: int, day: int) -> bool:
    """Is year-month-day a day of the calendar (not 31 April, not 29 February of 2025)?"""
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _years(text: str, ahead: bool = True) -> list[int]:
    """The years the text names; with ahead=False, not those in a clause that looks forward
    ("would grow again in 2025", "savings from 2026")."""
    found = []
    folded = fold(text) if not ahead else text
    for m in _YEAR.finditer(text):
        # "by 2030", "until 2027": targets and deadlines say nothing of when the text was written.
        if not re.search(r"\b(?:by|until|till|through|before|to)\s+(?:(?:the )?end of\s+)?$",
                         text[max(0, m.start() - 20):m.start()], re.I):
            if ahead or not _looks_ahead(folded, m.start(), m.end()):
                found.append(int(m.group(1)))
    for m in _SPAN_YEAR.finditer(text):
        first = int(m.group(1))
        second = first // 100 * 100 + int(m.group(2))
        if second == first + 1 and (ahead or not _looks_ahead(folded, m.start(), m.end())):
            found.append(second)
    return found


def year_mentions(text: str):
    """Every year the text names ("2025"), as matches whose group 1 is the year."""
    return _YEAR.finditer(text)


def _looks_ahead(text: str, start: int, end: int) -> bool:
    """Is the year at text[start:end] one the sentence looks forward to? The nearest tense
    marker before it decides ("would cut jobs after sales fell in 2024" is past), else the
    first after it."""
    left, right = _sentence(text, start, end)
    marks = _marks(text[left:start]) or _marks(text[end:right])[:1]
    return bool(marks) and marks[-1][1] == "future"


def candidate_years(text: str) -> range | None:
    """Years the text makes plausible for its own date: from one before the latest year it
    names as present or past ("the 2024 budget" is voted in 2023), never before a "since"
    year, to one after the latest year it names at all. A forecast year ("sales will grow in
    2026") bounds the window from above only: it does not say the present is that late."""
    years = _years(text)
    if not years:
        return None
    so_far = [int(y) for y in _SO_FAR.findall(text)]
    if so_far:
        return range(max(so_far), max(so_far) + 1)
    since = [int(y) for y in _SINCE.findall(text)]
    low = max([max(_years(text, ahead=False) or years) - 1, *since])
    return range(low, max(years) + 2)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    left = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)), default=max(0, start - 400))
    right = _SENTENCE_END.search(text, end)
    return left, (right.start() if right else min(len(text), end + 400))


def tense(text: str, start: int, end: int) -> str | None:
    """Whether the sentence around text[start:end] puts it in the past or ahead: the nearest
    marker in its own clause before it, else the nearest before it in the sentence, else
    the first after it."""
    left, right = _sentence(text, start, end)
    before = text[left:start]
    clause = re.split(r"[,;:(]\s*|\s-\s", before)[-1]
    if _FUTURE.search(clause):
        return "future"
    marks = _marks(before)
    if marks:
        return marks[-1][1]
    marks = _marks(text[end:right])
    return marks[0][1] if marks else None


def looks_ahead(text: str) -> bool:
    """Does `text` hold any marker of a day still ahead ("will", "next", "is due to")?"""
    return any(kind == "future" for _, kind in _marks(text))


def looks_past(text: str) -> bool:
    """Does `text` hold any marker of a day gone by ("was", "beat", "yesterday")?"""
    return any(kind == "past" for _, kind in _marks(text))


def _marks(text: str) -> list[tuple[int, str]]:
    """Tense markers in order; a past form inside a future phrase ("is expected to") is not one."""
    future = [(m.start(), m.end()) for m in _FUTURE.finditer(text)]
    past = [m.start() for m in _PAST.finditer(text) if not any(a <= m.start() < b for a, b in future)]
    return sorted([(a, "future") for a, _ in future] + [(p, "past") for p in past])


def dated_days(text: str, years: range | None) -> list[DatedDay]:
    """Every weekday-and-date pair in the text, in order, with the year the calendar fixes
    within `years` (or the year the pair states)."""
    folded = fold(text)
    found: dict[int, DatedDay] = {}

    def add(m: re.Match, weekday: int | None) -> None:
        if weekday is None or any(d.start < m.end() and m.start() < d.end for d in found.values()):
            return
        y, month, dom = parse_date(m.group("date"))
        if not (month and dom):
            return
        fits = [c for c in ([y] if y else years or []) if valid_day(c, month, dom) and date(c, month, dom).weekday() == weekday]
        day = date(fits[0], month, dom) if len(fits) == 1 else None
        found[m.start()] = DatedDay(m.start(), m.end(), weekday, month, dom, day, tense(folded, m.start(), m.end()))

    for pattern in _PAIRS:
        for m in pattern.finditer(folded):
            add(m, _WEEKDAYS[m.group("wd").lower()])
    for m in _DATED_EVENT.finditer(folded):
        add(m, _event_weekday(folded, m.group("noun"), re.findall(r"\b[A-Z][\w-]+", m.group("words"))))
    return [found[k] for k in sorted(found)]


def _event_weekday(text: str, noun: str, names: list[str]) -> int | None:
    """The weekday of the one "Saturday's <noun>" phrase that names the same event, if any."""
    weekdays = set()
    for m in _POSSESSIVE.finditer(text):
        words = m.group("phrase").split()
        # Past or ahead is told by the dated mention ("the match, on 8 March, will be ...").
        if noun.lower() in (w.lower() for w in words[:5]) and all(n in words for n in names):
            weekdays.add(_WEEKDAYS[m.group("wd").lower()])
    return weekdays.pop() if len(weekdays) == 1 else None


def infer_year(text: str, month: int, day: int, weekday: int | None) -> int | None:
    """The year of a dateline's month and day, when the text fixes it; else None.

    The text must name years (a bound), and the calendar must leave exactly one of them:
    by the lede's weekday, by results it reports as already out (the day falls within months
    after their period's end), or by a weekday-and-date pair elsewhere in the text."""
    years = candidate_years(text)
    if years is None:
        return None
    fits = [y for y in years if valid_day(y, month, day)]
    if weekday is not None:
        fits = [y for y in fits if date(y, month, day).weekday() == weekday]
    elif ends := reported_period_ends(text):
        fits = [y for y in fits if any(0 < (date(y, month, day) - end).days <= _REPORTING_DAYS for end in ends)]
    elif len(years) > 1:
        anchors = {d.day.year for d in dated_days(text, years) if d.day}
        fits = [y for y in fits if y in anchors]
    return fits[0] if len(fits) == 1 else None


# Results a text reports as already out: "results for the third quarter of 2025", "its full-year
# 2023 results", "first-half 2024 figures". A period's results come out within months of its end.
_PERIOD_NAME = r"(?:(?:first|second|third|fourth)[- ]quarter|(?:first|second)[- ]half|half[- ]year|full[- ]year|annual|Q[1-4]|H[12])"
_REPORTED_PERIOD = re.compile(
    rf"\b(?:results?|figures|earnings|accounts)\s+for\s+(?:the\s+)?(?P<a>{_PERIOD_NAME}|year)\s+(?:of\s+)?(?P<y1>(?:19|20)\d\d)\b"
    rf"|\b(?P<b>{_PERIOD_NAME})\s+(?P<y2>(?:19|20)\d\d)\s+(?:results?|figures|earnings|accounts)\b", re.I)
_REPORTING_DAYS = 183
_QUARTER_END = {"first": 3, "second": 6, "third": 9, "fourth": 12, "q1": 3, "q2": 6, "q3": 9, "q4": 12, "h1": 6, "h2": 12}


def reported_period_ends(text: str) -> list[date]:
    """The last days of the periods whose results `text` reports as already out (not "will
    publish its results for the third quarter of 2025 next month")."""
    ends = []
    folded = fold(text)
    for m in _REPORTED_PERIOD.finditer(folded):
        if _looks_ahead(folded, m.start(), m.end()):
            continue
        name, year = (m.group("a") or m.group("b")).lower(), int(m.group("y1") or m.group("y2"))
        first = re.split(r"[- ]", name)[0]
        if "quarter" in name or first in ("q1", "q2", "q3", "q4"):
            month = _QUARTER_END[first]
        elif first in ("first", "h1"):  # "first half", "H1"
            month = 6
        else:  # "second half", "H2", "full year", "annual", "year"
            month = 12
        ends.append(date(year, month, calendar.monthrange(year, month)[1]))
    return ends


def _bare_weekdays(text: str, start: int, end: int, paired: list[DatedDay]):
    for m in _BARE_WEEKDAY.finditer(text, start, end):
        if not any(d.start <= m.start() < d.end for d in paired):
            yield m


def lede_weekday(lede: str) -> int | None:
    """The weekday a lede's first sentence puts its news on ("said on Wednesday"); a day the
    sentence looks forward to ("will vote on Friday") is not the news day."""
    folded = fold(lede)
    first = _SENTENCE_END.split(folded, maxsplit=1)[0]
    paired = dated_days(first, None)
    for m in _bare_weekdays(first, 0, len(first), paired):
        if not _FUTURE.search(re.split(r"[,;]\s", first[max(0, m.start() - 40) : m.start()])[-1]):
            return _WEEKDAYS[m.group("wd").lower()]
    for m in _REPORTED_THIS_WEEKDAY.finditer(first):
        if _PAST.fullmatch(m.group("verb")) and not _FUTURE.search(first[max(0, m.start() - 40) : m.start()]):
            return _WEEKDAYS[m.group("wd").lower()]
    return None


def _body_weekday(text: str, paired: list[DatedDay]) -> int | None:
    """For an article whose lede names no day: the weekday its body puts most past events on
    ("speaking on Monday", "told reporters on Monday"), when one weekday leads; a tie is no answer."""
    counts: dict[int, int] = {}
    for m in _bare_weekdays(text, 0, len(text), paired):
        if tense(text, m.start(), m.end()) == "past":
            wd = _WEEKDAYS[m.group("wd").lower()]
            counts[wd] = counts.get(wd, 0) + 1
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


def news_day(text: str, lede: str, weekday: int | None = None) -> date | None:
    """The article's day when no header or dateline gives one (see the module docstring);
    `weekday`, when a dateline names one ("NAIROBI, Monday (AFP) -"), is the news weekday."""
    years = candidate_years(text)
    if years is None:
        return None
    folded = fold(text)
    days = dated_days(folded, years)
    past = [d for d in days if d.day and d.tense == "past"]
    if not past:
        return None
    latest_pair = max(past, key=lambda d: d.day)
    latest = latest_pair.day
    if weekday is None:
        weekday = lede_weekday(lede)
    if weekday is None:
        weekday = _body_weekday(folded, days)
    if weekday is not None:
        gap = (weekday - latest.weekday()) % 7
        # The news weekday the day before the latest dated day ("on Wednesday night" beside
        # "Thursday, November 13") is that Wednesday, reported on the dated day: counting it
        # forward would put the article six days after anything it reports.
        # ("Last week, on Thursday, November 6": the dated day is behind the news; count forward.)
        left, right = _sentence(folded, latest_pair.start, latest_pair.end)
        earlier = _EARLIER.search(folded[left:right])
        found = latest if gap == 6 and not earlier else latest + timedelta(days=gap)
    else:
        # No day named alone: the lede's own dated day, when it reports the news as past.
        at = folded.find(fold(lede)[:80]) if lede.strip() else -1
        lede_end = at + len(_SENTENCE_END.split(fold(lede), maxsplit=1)[0]) if at >= 0 else -1
        in_lede = [d for d in past if at <= d.start < lede_end]
        if not in_lede:
            return None
        found = max(d.day for d in in_lede)
        if found != latest:
            return None
    if any(d.day and d.tense == "future" and d.day < found for d in days):
        return None  # a day still ahead that falls before it: the clues conflict
    return found
