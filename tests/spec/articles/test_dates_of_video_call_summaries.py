"""A video call's automatic meeting summary is headed by the call's start: "Oct 14, 2026 06:31 PM Pacific
Time (US and Canada)  ID: 845 2201 7734". The time zone's region and the meeting ID after the clock do not
hide the date: the summary is dated by it, and what people said in the meeting with it."""

from datetime import date

from tests.spec.invented import cleaned, day_of, statements_of

SUMMARY = """Meeting summary for Harrow Point Library Trust Board
Mar 3, 2026 07:02 PM Central European Time (Amsterdam)  ID: 731 0092 4418

Quick recap

The board discussed the roof repair and the winter opening hours. Wendelien estimated the repair at about 58,000 euros.

Summary

Roof repair
Wendelien Vandermolen, the trust's treasurer, said the repair could not wait past the summer.
Tomas Reijnders said the trust should apply to the province for a heritage grant first.

AI-generated content may be inaccurate or misleading. Always check for accuracy.
"""


def test_the_call_header_dates_the_summary():
    assert cleaned(SUMMARY).published == date(2026, 3, 3)


def test_a_region_in_brackets_or_an_id_alone_after_the_zone():
    us = SUMMARY.replace("Mar 3, 2026 07:02 PM Central European Time (Amsterdam)  ID: 731 0092 4418",
                         "Mar 3, 2026 07:02 PM Eastern Time (US and Canada)  Meeting ID: 731-0092-4418")
    assert cleaned(us).published == date(2026, 3, 3)


def test_what_was_said_in_the_meeting_takes_its_day():
    stmts = statements_of(SUMMARY)
    assert day_of(stmts, "could not wait past the summer") == date(2026, 3, 3)
    assert day_of(stmts, "heritage grant") == date(2026, 3, 3)
