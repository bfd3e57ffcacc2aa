""""When did the credit union open its Fenwick branch?" where the article dates only the branch's
closing; "When was the curfew lifted?" where it dates only the curfew's imposing; "When will the new
ferry start sailing?" where only the old one's last sailing is dated: the opposite act is dated, never
the one asked, so the question is declined. Asked of the act the article dates, each is answered."""

import pytest

from tests.spec.answering.asks import answers, declines

BRANCH = """Title: Last bank branch in Fenwick to shut
Date: 2025-04-02

Harrowgate Credit Union told customers on Tuesday that its Fenwick branch, the last in the town, will close its doors on June 27.
"""

CURFEW = """# Curfew in Oldmere after riverside unrest

*Updated 9 August 2025*

Police chief Arvid Skarsgaard imposed a night curfew on the Oldmere riverside district on Thursday, after two nights of clashes.
"""

FERRY = """Title: Island ferry to be withdrawn
Date: 2026-01-15

The only ferry between Hollin Isle and the mainland will stop sailing at the end of February, the operator, Westreach Lines, said on Wednesday.
"""

SEASON = """Title: Trout anglers get a longer year
Date: 2025-02-10

The Larkmoor trout season runs from 15 March and ends on 30 September, the angling association's secretary, Brigid Osterhout, said.
"""


@pytest.fixture(scope="module")
def season(app_over):
    with app_over("season.txt", SEASON) as app:
        yield app


@pytest.fixture(scope="module")
def branch(app_over):
    with app_over("branch.txt", BRANCH) as app:
        yield app


@pytest.fixture(scope="module")
def curfew(app_over):
    with app_over("curfew.md", CURFEW) as app:
        yield app


@pytest.fixture(scope="module")
def ferry(app_over):
    with app_over("ferry.txt", FERRY) as app:
        yield app


def test_the_closing_date_is_no_opening_date(branch):
    declines(branch, "When did Harrowgate Credit Union open its Fenwick branch?")


def test_the_closing_date_is_answered(branch):
    answers(branch, "When will Harrowgate Credit Union close its Fenwick branch?", "June 27")


def test_the_imposing_is_no_lifting(curfew):
    declines(curfew, "On what day did the police chief lift the Oldmere curfew?")


def test_the_imposing_is_answered(curfew):
    answers(curfew, "On what day did the police chief impose the Oldmere curfew?", "Thursday")


def test_the_last_sailing_is_no_first(ferry):
    declines(ferry, "When will a new Hollin Isle ferry start sailing?")


def test_the_last_sailing_is_answered(ferry):
    answers(ferry, "When will the Hollin Isle ferry stop sailing?", "February")


def test_a_span_from_a_day_tells_its_start(season):
    answers(season, "When does the Larkmoor trout season start?", "15 March")
