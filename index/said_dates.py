"""An article's day said in its own words near the top, when no header, dateline or closing line
gives one: the day a presenter names on air ("Good morning, it's Wednesday the 4th of March",
"Today is Monday March 9th"), the day a forum post's writer says it is ("answering from 7pm
today, Tuesday 10 November 2026") and the day an interview was held, as its intro says ("We spoke to
her by phone on 14 September", "This interview took place on 2 June").

A year is never guessed: it is the one written, else the one the calendar fixes for a named
weekday among the years the text makes plausible (index.body_dates.candidate_years), else, for an
interview only, the first such day after the latest month and year the intro reports as past
("took over in February 2025 ... we spoke to her on 14 September" is September 2025), when the
intro names no later year.
"""

from __future__ import annotations

import re
from datetime import date

from index import body_dates
from index.datelines import DATE, MONTH, WEEKDAY, WEEKDAYS, parse_date
from index.textnorm import fold

# Where the day is said: the opening of a transcript or an interview's intro.
_HEAD = 2000
_ON_AIR = re.compile(
    rf"\b(?:it's|it is|today is|today's date is|today,|this is [^.!?]{{0,40}}? for)\s+"
    rf"(?P<wd>{WEEKDAY}),?\s+(?:the\s+)?(?P<date>{DATE})", re.I)
# "We spoke to X by video call on 2 October", "He spoke to us at the town hall on July 3",
# "This interview took place on 2 June", "X was interviewed on 2 June"
_INTERVIEW = re.compile(
    rf"\b(?:(?:we|I)\s+(?:spoke|talked)\s+(?:to|with)\b|(?:spoke|talked)\s+to\s+(?:us|me)\b"
    rf"|(?:this|the|our)\s+(?:interview|conversation)\s+(?:took place|was (?:conducted|recorded|held|done))"
    rf"|was interviewed\b|we (?:met|interviewed)\b)"
    rf"[^.!?\n]{{0,80}}?\bon\s+(?:(?P<wd>{WEEKDAY}),?\s+)?(?:the\s+)?(?P<date>{DATE})", re.I)
# A month and year the text reports: "in February 2025", "since May 2024"
_MONTH_YEAR = re.compile(rf"\b(?P<month>{MONTH})\.?,?\s+(?P<year>(?:19|20)\d\d)\b")


def said_day(body: str) -> date | None:
    """The day the opening of `body` says it is, or the day its interview was held; None when the
    text does not fix its year."""
    head = fold(body[:_HEAD])
    m = _ON_AIR.search(head)
    if m:
        return _dated(body, m, interview=False)
    m = _INTERVIEW.search(head)
    return _dated(body, m, interview=True) if m else None


def _dated(body: str, m: re.Match, interview: bool) -> date | None:
    year, month, dom = parse_date(m.group("date"))
    if not (month and dom):
        return None
    if year:
        return date(year, month, dom) if body_dates.valid_day(year, month, dom) else None
    weekday = WEEKDAYS[m.group("wd").lower()] if m.group("wd") else None
    if weekday is not None:
        inferred = body_dates.infer_year(body, month, dom, weekday)
        return date(inferred, month, dom) if inferred else None
    return _after_reported(body, m.start(), month, dom) if interview else None


def _after_reported(body: str, at: int, month: int, dom: int) -> date | None:
    """The first `month`/`dom` day after the latest month and year reported before `at`, within
    a year of it, when no year named before `at` is later than that day's."""
    head = fold(body[:_HEAD])
    reported = []
    for found in _MONTH_YEAR.finditer(head, 0, at):
        _, rmonth, _ = parse_date(found.group("month"))
        if rmonth and body_dates.tense(head, found.start(), found.end()) == "past":
            reported.append(date(int(found.group("year")), rmonth, 1))
    if not reported:
        return None
    latest = max(reported)
    for year in (latest.year, latest.year + 1):
        if body_dates.valid_day(year, month, dom) and date(year, month, dom) >= latest:
            day = date(year, month, dom)
            break
    else:
        return None
    # the intro sets the scene; the answers after it talk of plans as often as of the past
    later = [y for y in body_dates.year_mentions(head[:at]) if int(y.group(1)) > day.year]
    return None if later else day


# The year a piece says it is written in: "This year, 2025, has been ...", "this year (2025)",
# "Now, in 2025, ...". A year named as past ("in 1999") says nothing of when the piece was written.
_THIS_YEAR = re.compile(r"\b(?:this year,?\s*\(?|(?:right )?now,?\s+in\s+|today,\s+in\s+)(?P<year>(?:19|20)\d\d)\b", re.I)


def said_year(body: str) -> int | None:
    """The year an undated piece says is the present one, when it names exactly one such year."""
    years = {int(m.group("year")) for m in _THIS_YEAR.finditer(fold(body))}
    return years.pop() if len(years) == 1 else None
