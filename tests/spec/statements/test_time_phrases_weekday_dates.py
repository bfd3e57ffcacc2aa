"""A weekday written before a day and month ("Tuesday 8 April 2025", "on Saturday, 29 March")
is one dated phrase: the day it names, never the weekday counted from the report. Invented."""

from datetime import date

import pytest

from index.statements.dates import find_time_phrases, resolve


@pytest.mark.parametrize(
    "line, day",
    [("Next meeting: Tuesday 8 April 2025", date(2025, 4, 8)),
     ("Deadline for comments: Friday 6 June 2025", date(2025, 6, 6)),
     ("The rally was held on Saturday, 1 March.", date(2025, 3, 1))],
)
def test_a_weekday_before_a_day_and_month_is_that_day(line, day):
    phrases = find_time_phrases(line)
    assert [p.kind for p in phrases] == ["dmon"]
    assert resolve(phrases[0].text, date(2025, 3, 11)) == (day, day)
