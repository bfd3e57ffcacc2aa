""""The ministry official" may be the article's "a deputy director at the ministry": a general job
word covers the particular jobs (index/vocabulary.yaml `job_kinds`), one way only."""

import pytest

from bot.answering.people import term_match
from bot.answering.terms import stems

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

FARES = """Rail fares to rise by less than inflation, ministry says

Regional rail fares will rise by 3% in January, below the rate of inflation, the transport ministry said on Wednesday.

Passenger groups had asked for a freeze. "A freeze would have meant cutting services on the branch lines," argues Ana Ruiz, a deputy director at the transport ministry, who oversees fares.

The increase will add about £40 a year to a typical season ticket.
"""


fares = app_fixture("rail_fares.txt", FARES)


def test_the_ministry_official_is_its_deputy_director(fares):
    answers(fares, "What does the ministry official say about a fare freeze?", "branch lines")


@pytest.mark.parametrize("general, particular", [("official", "director"), ("official", "spokeswoman")])
def test_a_general_job_covers_a_particular_one_way(general, particular):
    assert term_match(stems(general)[0], frozenset(stems(particular)))
    assert not term_match(stems(particular)[0], frozenset(stems(general)))
