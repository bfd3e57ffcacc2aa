"""A thing set for a weekday in the present ("The draw is Sunday", "the vote is on Tuesday") lies
ahead of the report's day; one that was held ("The funeral was Sunday") behind it. Reports of
Thursday 26 February 2026."""

from datetime import date

from bot.answering.dates import dated_phrase

_THU = date(2026, 2, 26)


def test_the_draw_is_sunday_is_the_coming_sunday():
    assert dated_phrase("The regional draw is Sunday, and the league's formula counts wins.", _THU) == "on Sunday (1 March 2026)"
    assert dated_phrase("The council vote is on Tuesday.", _THU) == "on Tuesday (3 March 2026)"


def test_a_thing_that_was_held_on_a_weekday_stays_behind():
    assert dated_phrase("The open day was Sunday.", _THU) == "on Sunday (22 February 2026)"
    assert dated_phrase("The chairwoman said on Sunday that the plan is dead.", _THU) == "on Sunday (22 February 2026)"
