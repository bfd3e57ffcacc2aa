"""Weekdays named as Caribbean and West African papers name them, counted from the dateline's day:
"last week Friday" (the Friday of the week before), "this week Monday" (this week's Monday),
"Monday gone", "Friday just gone" (the last such day)."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

# Saturday 24 January 2026
STORY = """Harbour levy row deepens

PORT HALWICK, Sat. Jan. 24, 2026-- The island's ferry operator will raise its harbour levy, chairman Barnaby Quillfeather said.

The harbour minister, Odessa Trevanion, said WHEN that she had not been consulted about the levy.
"""


def _day(when: str):
    stmts = statements_of(STORY.replace("WHEN", when))
    assert speaker_of(stmts, "had not been consulted") == "Odessa Trevanion"
    return day_of(stmts, "had not been consulted")


def test_last_week_monday_is_the_monday_of_the_week_before():
    assert _day("last week Monday") == date(2026, 1, 12)


def test_this_week_monday_is_this_weeks():
    assert _day("this week Monday") == date(2026, 1, 19)


def test_monday_gone_is_the_last_monday_and_not_the_reported_words():
    stmts = statements_of(STORY.replace("WHEN", "on Monday gone"))
    assert day_of(stmts, "had not been consulted") == date(2026, 1, 19)
    assert not [s for s in stmts if "gone" in s.content]


def test_friday_just_gone_is_the_day_before_a_saturday():
    assert _day("on Friday just gone") == date(2026, 1, 23)
