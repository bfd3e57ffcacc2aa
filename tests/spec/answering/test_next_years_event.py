""""Where will next year's cup final be played?" where the article, reported in March, dates only this
year's final ("on April 26"), and "When does next year's oyster season open?" where a fisheries notice
dates only this season's opening: the articles do not say. A report that names the following year's
event ("the 2027 festival will open on 4 June") answers, and this year's event asked plainly is answered."""

import pytest

from tests.spec.answering.asks import answers, declines

CUP = """Title: Quellbrook Rovers book their place in the county final
Date: 2026-03-07

Quellbrook Rovers beat Tarnholt Athletic 3-1 on Saturday to reach the final of the Marrowdale Senior Cup.

Rovers will meet Hollinfen United in the final at Brisley Park on April 26, the county association said.

Manager Odile Vantross said her squad would rest key players in midweek.
"""

OYSTERS = """# Oyster season to open despite poor spat survey

*Posted 12 August 2026*

The harbour board confirmed on Tuesday that the oyster season in Callowmere Bay would open on 15 September as planned, although divers found fewer young oysters on the beds.

Board chair Ingram Soley said the catch limit per boat would be cut by a fifth.
"""

FESTIVAL = """Title: Pellingford festival moves to June
Date: 2026-08-20

The Pellingford folk festival closed on Sunday after four days. Organiser Delphine Marracott said the 2027 festival would open on 4 June, to avoid the school holidays.
"""


@pytest.fixture(scope="module")
def cup(app_over):
    with app_over("cup.txt", CUP) as app:
        yield app


@pytest.fixture(scope="module")
def oysters(app_over):
    with app_over("oysters.md", OYSTERS) as app:
        yield app


@pytest.fixture(scope="module")
def festival(app_over):
    with app_over("festival.txt", FESTIVAL) as app:
        yield app


def test_this_years_final_is_no_answer_for_next_years(cup):
    declines(cup, "Where will next year's Marrowdale Senior Cup final be played?", "Brisley Park")


def test_this_years_final_is_answered(cup):
    answers(cup, "Where will the Marrowdale Senior Cup final be played?", "Brisley Park")


def test_this_seasons_opening_is_no_answer_for_next_seasons(oysters):
    declines(oysters, "When does next year's oyster season in Callowmere Bay open?", "15 September")


def test_this_seasons_opening_is_answered(oysters):
    answers(oysters, "When does the oyster season in Callowmere Bay open?", "15 September")


def test_next_years_event_dated_with_its_year_is_answered(festival):
    answers(festival, "When will next year's Pellingford folk festival open?", "4 June")


SURGERY = """# A word from your councillor

*Posted 24 February 2026*

Cllr Ysolde Trebarrow writes: the plans for the old dairy site are out for comment until the end of March. If you want to make your views known, come to my surgery at the community centre this Friday, 2 till 4.
"""


@pytest.fixture(scope="module")
def surgery(app_over):
    with app_over("surgery.md", SURGERY) as app:
        yield app


def test_another_weekdays_surgery_is_no_answer(surgery):
    declines(surgery, "Where will Cllr Trebarrow hold her Tuesday surgery?", "Friday")


def test_the_weekdays_surgery_is_answered(surgery):
    answers(surgery, "Where will Cllr Trebarrow hold her Friday surgery?", "community centre")
