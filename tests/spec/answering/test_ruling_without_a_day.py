""""On what date will the licensing board rule on the quarry permit?" where the board "would give its
decision within the coming weeks" and another sentence dates another thing ("the permit expires on 30
June"): the articles name no day for the ruling, and the bot declines, citing the sentence on it. A
ruling dated ("will give its decision on 12 May") is answered."""

import pytest

from tests.spec.answering.asks import answers, declines

QUARRY = """Title: Hallowmere quarry permit hearing draws objectors
Date: 2026-04-11

More than sixty residents attended Thursday's hearing on the renewal of the Hallowmere quarry permit. The current permit expires on 30 June.

The Vennick Licensing Board said in a statement that it would give its decision "within the coming weeks" and that written objections could still be sent until 20 April.
"""

NOTICE = """PELLOWAY DISTRICT COUNCIL — PLANNING NOTICE
Issued 2 March 2026

Application 26/0142: change of use of the former Tarnbeck dairy to six flats.

The planning committee will determine the application in due course. Comments close on 16 March 2026.
"""

DATED = """Title: Ruling on Ostrey ferry licence due next month
Date: 2026-04-11

The Ostrey Harbour Board will give its decision on the ferry licence on 12 May, a board spokesman said on Thursday.
"""


@pytest.fixture(scope="module")
def quarry(app_over):
    with app_over("quarry.txt", QUARRY) as app:
        yield app


@pytest.fixture(scope="module")
def notice(app_over):
    with app_over("notice.txt", NOTICE) as app:
        yield app


@pytest.fixture(scope="module")
def dated(app_over):
    with app_over("dated.txt", DATED) as app:
        yield app


def test_a_ruling_within_the_coming_weeks_names_no_date(quarry):
    declines(quarry, "on what date will the vennick licensing board rule on the quarry permit", "within the coming weeks")


def test_a_ruling_in_due_course_names_no_date(notice):
    declines(notice, "When will the planning committee decide on the Tarnbeck dairy application?", "in due course")


def test_a_ruling_dated_is_answered(dated):
    answers(dated, "When will the Ostrey Harbour Board decide on the ferry licence?", "12 May")
