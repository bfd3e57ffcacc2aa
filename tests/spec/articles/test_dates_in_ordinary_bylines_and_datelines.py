"""Ordinary newspaper bylines and datelines that date the article.

Every article here is invented. Regional and national dailies print the byline and the time
stamp on one line ("By: NAME - Reporter / 09:40 PM March 2, 2024", "BY: NAME | 9:40 pm, 2nd
March, 2024"), with a colon after "By"; and a daily's sports or city page opens with a yearless
dateline ("MADURAI, Mar 4:") under a print line stamped the next morning ("Published: 5th March
2024 06:10 AM"): the story was filed on the dateline's day, in the print line's year.
"""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article
from tests.spec.invented import day_of, statements_of

_BYLINED = (
    "Flood barrier fails in river town\n\n"
    "{byline}\n\n"
    "TARLAC CITY, Philippines — Water poured over a new flood barrier on Saturday, officials said.\n\n"
    '"The wall was not finished," town engineer Celso Ambrad said.\n'
)


@pytest.mark.parametrize("byline", [
    "By: Marilou T. Gasparin - Reporter / 09:40 PM March 2, 2024",
    "By: Marilou T. Gasparin / 9:40 p.m. March 2, 2024",
    "BY: MARILOU GASPARIN, Correspondent | 9:40 pm, 2nd March, 2024",
])
def test_a_byline_with_a_colon_and_a_time_stamp_dates_the_article(byline):
    a = _article(_BYLINED.format(byline=byline))
    assert (a.published, a.date_confidence) == (date(2024, 3, 2), "stated")
    assert day_of(statements_of(_BYLINED.format(byline=byline)), "not finished") == date(2024, 3, 2)


_SPORTS_PAGE = (
    "Ranjit's century sets up win\n\n"
    "Deccan Evening Sports Desk\n"
    "Published: 5th March 2024 06:10 AM\n\n"
    "MADURAI, Mar 4: Opener Ranjit Oommen made 104 as Vaigai Comets beat Palar Kings by 40 runs on Monday.\n\n"
    '"He batted like a man in a hurry," Comets coach Selvan Iyer said.\n'
)

_CITY_PAGE = (
    "Ward councillors walk out over water tariff\n\n"
    "Updated: 12 November 2025, 7:05 am IST\n\n"
    "Hubballi, November 11: Opposition councillors walked out of the corporation meeting on Tuesday.\n\n"
    "Mayor Lata Koppad said the tariff would stay.\n"
)


@pytest.mark.parametrize("text,day,quote", [
    (_SPORTS_PAGE, date(2024, 3, 4), "hurry"),
    (_CITY_PAGE, date(2025, 11, 11), "tariff would stay"),
])
def test_a_yearless_dateline_day_wins_over_the_next_mornings_print_line(text, day, quote):
    a = _article(text)
    assert a.published == day
    assert day_of(statements_of(text), quote) == day


def test_a_dateline_far_from_the_print_line_is_not_the_articles_day():
    # a feature's dateline naming an old day is no filing day
    text = _SPORTS_PAGE.replace("MADURAI, Mar 4:", "MADURAI, Jan 4:")
    assert _article(text).published == date(2024, 3, 5)
