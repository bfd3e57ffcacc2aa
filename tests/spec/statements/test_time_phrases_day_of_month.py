"""A day of the month written without its month, as chats and notes write it ("on the 16th",
"Tuesday the 10th"): the day of the month the words were written in; with a weekday, the one such
day days away rather than weeks. "On the 3rd floor" is no day."""

from datetime import date

from index.statements.dates import find_time_phrases, resolve


def test_on_the_nth_is_that_day_of_the_month_written_in():
    assert resolve("I'll raise it at the meeting on the 16th", date(2026, 3, 4)) == (date(2026, 3, 16), date(2026, 3, 16))
    assert resolve("restart by the 23rd, and not before", date(2025, 11, 2)) == (date(2025, 11, 23), date(2025, 11, 23))
    assert resolve("on the 31st.", date(2026, 2, 4)) is None  # February has none


def test_weekday_the_nth_takes_the_nearer_of_two_months_that_fit():
    # 10 February and 10 March 2026 are both Tuesdays: said on 3 March, the one a week away
    assert resolve("Tuesday the 10th at 8", date(2026, 3, 3)) == (date(2026, 3, 10), date(2026, 3, 10))


def test_an_ordinal_before_a_noun_is_no_day():
    assert not find_time_phrases("the office is on the 3rd floor")
    assert not find_time_phrases("a church of the 16th century")
