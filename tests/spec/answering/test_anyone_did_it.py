""""Has anyone been arrested over the theft?" asks the same deed as "Who was arrested over the theft?":
where the article tells the theft and never an arrest, in any form, it is declined; where it tells one,
it is answered."""

import pytest

from tests.spec.answering.asks import answers, declines

THEFT = """Title: Lifeboat crew's van stolen from station
Date: 2026-02-20

Thieves broke into the Porthdarrow lifeboat station overnight on 12 February and drove off with the crew's support van, which carries spare engines and first-aid kits, the station's coxswain, Kenna Trebilcock, said.

The van was found burnt out on a farm track near Lostmoor three days later.
"""

THEFT_SOLVED = """Title: Lifeboat crew's van stolen from station
Date: 2026-02-20

Thieves broke into the Porthdarrow lifeboat station overnight on 12 February and drove off with the crew's support van, the station's coxswain, Kenna Trebilcock, said.

Police said two men from Lostmoor had been arrested over the theft and released on bail.
"""


@pytest.fixture(scope="module")
def theft(app_over):
    with app_over("theft.txt", THEFT) as app:
        yield app


@pytest.fixture(scope="module")
def theft_solved(app_over):
    with app_over("theft.txt", THEFT_SOLVED) as app:
        yield app


def test_no_arrest_told_is_no_answer(theft):
    declines(theft, "Has anyone been arrested over the theft of the Porthdarrow lifeboat van?")


def test_an_arrest_told_is_answered(theft_solved):
    answers(theft_solved, "Has anyone been arrested over the theft of the Porthdarrow lifeboat van?", "arrested")
