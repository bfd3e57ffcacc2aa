"""Plain month-and-day dates are read without dateparser, exactly as dateparser reads them."""

import calendar
import random
from datetime import date, datetime, timedelta

import dateparser
import pytest

from index.statements import when

FORMS = ["{M} {d}", "{d} {M}", "{M} {d}, {y}", "{d} {M} {y}", "{W}, {M} {d}", "{W}, {d} {M} {y}",
         "{Mab}. {d}", "{d}th of {M}", "{d} {Mab} {y}"]


def _dateparser(text: str, base: date, future: bool) -> date | None:
    settings = {"RELATIVE_BASE": datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": "future" if future else "past", "REQUIRE_PARTS": ["day", "month"]}
    got = dateparser.parse(text, languages=["en"], settings=settings)
    return got.date() if got else None


def _cases(n: int):
    rng = random.Random(7)
    for _ in range(n):
        base = date(2015, 1, 1) + timedelta(days=rng.randrange(4000))
        month, day = rng.randrange(1, 13), rng.randrange(1, 29)
        text = rng.choice(FORMS).format(M=calendar.month_name[month].lower(), Mab=calendar.month_abbr[month].lower(),
                                        d=day, y=rng.randrange(1990, 2030), W=calendar.day_name[rng.randrange(7)].lower())
        yield text, base
    yield "march 7", date(2022, 3, 7)  # the same day: dateparser's "future" is a year on
    yield "7 march", date(2022, 3, 6)


@pytest.mark.parametrize("future", [False, True])
def test_plain_dates_agree_with_dateparser(future):
    differ = [(t, b) for t, b in _cases(150) if when._plain(t, b, future) != _dateparser(t, b, future)]
    assert differ == []


def test_other_phrases_are_left_to_dateparser():
    assert when._plain("the day after christmas", date(2022, 3, 7), False) is False
    assert when._plain("29 february", date(2022, 3, 7), False) is False  # no such day that year
