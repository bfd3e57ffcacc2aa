""""What did the mayor post before the vote?" where the article gives only what she posted after it, or
"how many signed in favour of the car park?" where only the signatures against it are counted: the
sentence sets the thing on the other side, so the articles do not say. Asked on the side the article
gives, the question is still answered."""

import pytest

from tests.spec.answering.asks import answers, declines

COUNCIL = """Title: Tarrow council backs the tram plan
Date: 2025-06-11

Tarrow council approved the tram plan on Tuesday night.
"Tonight Tarrow chose trams over traffic," the mayor, Cllr Ines Vallory, wrote on X shortly after the debate.
"""

MINUTES = """Title: Minutes of the Brindle Parish Council meeting
Date: 2025-09-09

Public participation
Ms Odile Quennell, speaking for the Friends of Brindle Green, said the group had collected 870 signatures against the proposed car park on the green.
"""


@pytest.fixture(scope="module")
def council(app_over):
    with app_over("tarrow.txt", COUNCIL) as app:
        yield app


@pytest.fixture(scope="module")
def minutes(app_over):
    with app_over("brindle.txt", MINUTES) as app:
        yield app


def test_the_other_side_of_an_event_is_no_answer(council):
    declines(council, "What did the mayor of Tarrow post on social media before the debate?")


def test_the_side_given_is_answered(council):
    answers(council, "What did the mayor of Tarrow post on social media after the debate?", "trams over traffic")


def test_the_other_side_of_a_petition_is_no_answer(minutes):
    declines(minutes, "How many people signed the petition in favour of the car park on Brindle Green?")


def test_the_side_signed_is_answered(minutes):
    answers(minutes, "How many people signed the petition against the car park on Brindle Green?", "870")
