""""She told councillors" / "he told the meeting" after a sentence telling of the sitting ("The
council met on Monday night ...") was said at it, on its day, not on another day the story names."""

from datetime import date

from tests.spec.invented import statements_of, the_one

ARTICLE = """Ferry timetable to be cut

Thursday 14 May 2026

By Brielle Varley

PORT ELLERAY - Crews walked out on Tuesday after a row over rosters.

The town council met on Monday night to discuss the ferry timetable. The public gallery was full.

Councillors heard from the harbour office and from two skippers.

The harbour master, Kit Polglase, told councillors that the timetable would be cut from June.

A skipper, Davy Curnow, told the meeting that the late boat was always full.
"""


def test_told_councillors_takes_the_councils_sitting_day():
    assert the_one(statements_of(ARTICLE), "cut from June").when_start == date(2026, 5, 11)


def test_told_the_meeting_takes_the_sitting_day():
    assert the_one(statements_of(ARTICLE), "late boat").when_start == date(2026, 5, 11)
