"""Days of statements a piece dates by a written day alone, without a publication date to count from.

A column often carries no date of its own ("From the Readers' Editor", a byline, no dateline), yet
writes its days in full once ("On Oct. 4, 2025, the paper published ...") and then without the year
("wrote to me on Oct. 6"): such a day is in the year of the last full date written before it. Words
of a message ('"...," his email said') take the day the sentence just before says it was written
or sent on ("X wrote to me on Oct. 6.").
"""

from __future__ import annotations

import re
from datetime import date

from index import datelines
from index.statements.when import resolve

_FULL = re.compile(rf"\b(?P<date>{datelines.DATE})", re.I)
_MONTH_DAY = re.compile(rf"^(?:on\s+)?(?P<date>{datelines.DATE})$", re.I)
_SENT_ON = re.compile(rf"\b(?:wrote|e-?mailed|sent|messaged|texted|posted|tweeted)\b[^.;]{{0,60}}?\bon\s+"
                      rf"(?P<date>{datelines.DATE})", re.I)


def year_before(text: str, pos: int) -> int | None:
    """The year of the last date written in full (day, month and year) before `pos`, or None."""
    year = None
    for m in _FULL.finditer(text, 0, pos):
        y = datelines.parse_date(m.group("date"))[0]
        if y and re.search(r"\d{4}", m.group("date")):
            year = y
    return year


def undated_day(text: str, times, pos: int) -> tuple | None:
    """(phrase, day, None, "explicit") for a statement of an undated piece whose own time phrase
    names a month and a day; None for any other phrase (a weekday, "yesterday": nothing to count
    from) and for a day still to come (what will happen then, not when it was said)."""
    for span, phrase, future in times:
        m = _MONTH_DAY.match(phrase.strip(" ,."))
        if not future and _SAME_DAY.fullmatch(" ".join(phrase.lower().split()).strip(" ,.")):
            day = _day_just_named(text, span.start)
            if day is not None:  # "X said the same day": the day the sentence before named
                return phrase, day, None, "context"
        if future or m is None:
            continue
        day = _in_year(m.group("date"), text, pos)
        if day is not None:
            return phrase, day, None, "explicit"
    return _with_its_year(times)


_YEAR = re.compile(r"\b(?:1[89]|20)\d\d\b")
_SAME_DAY = re.compile(r"(?:on\s+)?(?:(?:later|earlier)\s+)?(?:the\s+same\s+day|that\s+(?:same\s+|very\s+)?day)")
_NEAR = 400  # characters: the sentence before and this one's start, no further


def _day_just_named(text: str, pos: int) -> date | None:
    """The last month-and-day date written shortly before `pos`, in its year (written, or the
    last full date's): what "the same day" refers to."""
    last = None
    for m in _FULL.finditer(text, max(0, pos - _NEAR), pos):
        last = m
    return _in_year(last.group("date"), text, last.start() + len(last.group(0))) if last else None


def _with_its_year(times) -> tuple | None:
    """(phrase, first day, last day, "explicit") for an own time phrase that writes its year ("In
    March 2024, X announced", "on 14 September 2023"): an undated piece (an encyclopaedia entry, a
    backgrounder) still says when those words were said; the month or the year when no day is given."""
    for _, phrase, future in times:
        if future or not _YEAR.search(phrase):
            continue
        year, month, day = datelines.parse_date(phrase)
        if year is None or not _YEAR.search(str(year)):
            continue
        if month and day:
            return phrase, date(year, month, day), None, "explicit"
        if month:
            last = date(year + (month == 12), month % 12 + 1, 1).toordinal() - 1
            return phrase, date(year, month, 1), date.fromordinal(last), "explicit"
        return phrase, date(year, 1, 1), date(year, 12, 31), "explicit"
    return None


def message_day(text: str, previous: str, pos: int, pub: date | None, surname: str) -> tuple | None:
    """The day the sentence before a message's words says its writer (`surname`, or a pronoun) wrote
    or sent it on ("X wrote to me on Oct. 6. '...,' his email said"), counted from `pub`, else from
    the last full date before it."""
    m = _SENT_ON.search(previous)
    if m is None or not re.search(rf"\b(?:{re.escape(surname.lower())}|he|she|they)\b", previous[:m.start() + 1]):
        return None
    if pub is not None:
        got = resolve(m.group("date"), pub)
        return (m.group("date"), got[0], None, "explicit") if got and got[0] == got[1] else None
    day = _in_year(m.group("date"), text, pos)
    return (m.group("date"), day, None, "explicit") if day is not None else None


def _in_year(phrase: str, text: str, pos: int) -> date | None:
    year, month, day = datelines.parse_date(phrase)
    if not (month and day):
        return None
    year = year if re.search(r"\d{4}", phrase) else year_before(text, pos)
    if year is None:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None
