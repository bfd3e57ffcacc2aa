"""A weekly round-up's own week line ("Week ending Saturday 21 March 2026", "For the week ending
14 November 2025") under its headline dates the page, so that the weekdays in it ("Tuesday",
"said on Monday") fall in that week. Every article here is invented."""

from datetime import date

from tests.spec.invented import cleaned, day_of, statements_of

_QUOTES = (
    "THE TOUCHLINE\nOverheard: the week in quotes\nWeek ending Sunday 8 February 2026\n\n"
    '"We were second to every ball and that is on me."\n'
    "— Corriemuir Rovers head coach Sigrun Abbot-Keane, after the cup exit, Friday\n\n"
    '"The pitch is fine. The players are not."\n'
    "— Groundsman Emeric Stavridou-Hale, Saturday\n"
)

_NEWSLETTER = (
    "Eastfold Parish Round-up\nFor the week ending 14 November 2025\n\n"
    "Mayor Jonquil Ashworth-Mbeki said on Tuesday that the Christmas lights would be switched on early.\n\n"
    "The library will close on Friday for repairs, the council said.\n"
)


def test_a_week_line_dates_the_page():
    assert cleaned(_QUOTES).published == date(2026, 2, 8)
    assert cleaned(_NEWSLETTER).published == date(2025, 11, 14)


def test_the_weekdays_fall_in_that_week():
    assert day_of(statements_of(_QUOTES), "second to every ball") == date(2026, 2, 6)
    assert day_of(statements_of(_NEWSLETTER), "Christmas lights") == date(2025, 11, 11)
