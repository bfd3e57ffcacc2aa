"""A how-many answer gives the count asked for: what has been done "so far", not the number planned,
and a bare number ("The Greens won seven.") that counts the thing the sentence before it counted."""

import pytest

from bot.answering.counting import asks_done, planned
from bot.answering.question import analyse
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

TURBINES = """Brisa Renewables raises 80 million euros for small wind turbines

PORTO, Portugal, May 6, 2025 /PRNewswire/ -- Brisa Renewables, a Porto-based maker of small wind turbines for farms, today announced that it has raised 80 million euros in a funding round led by Atlantico Ventures.

The company will use the money to install 9,000 turbines by the end of 2028 and to open a second factory in Braga.

The first 1,500 turbines will be installed before the summer of 2026 under a deal with a national farmers' cooperative.

Brisa Renewables employs 140 people and has installed 2,350 turbines since it was founded in 2017.
"""

COUNCIL = """Labour keeps Dunmore council as Greens gain

DUNMORE, May 3 - Labour kept control of Dunmore council on Friday, taking 31 of the 60 seats after a night of counting.

The Conservatives, who had 22 councillors before the vote, were reduced to 17 seats. The Greens won seven, their best result in the town.

Turnout was 34%, down from 37% four years ago.
"""


@pytest.mark.parametrize("question, done", [
    ("How many turbines has the company installed so far?", True),
    ("How many patients have been treated to date?", True),
    ("How many jobs did the company cut?", True),
    ("How many turbines will the company install?", False),
    ("How many homes does the council plan to build?", False),
])
def test_whether_a_question_counts_what_was_done(question, done):
    assert asks_done(question) is done


def test_a_number_next_to_a_plan_is_planned():
    assert planned("The company will use the money to install 9,000 turbines by the end of 2028.", ("turbin",))
    assert planned("The first 1,500 turbines will be installed before the summer.", ("turbin",))
    assert not planned("It has installed 2,350 turbines since it was founded in 2017.", ("turbin",))


turbines = app_fixture("turbines.txt", TURBINES)
council = app_fixture("council.txt", COUNCIL)


WARDS = """Alliance takes Brenmoor city council

BRENMOOR, June 9 - The Civic Alliance on Sunday took control of Brenmoor city council, taking 28 of the 50 wards in Brenmoor and ending a decade of rule by the Workers' Party.

The Workers' Party, which had 26 councillors in the outgoing council, was reduced to 14 wards. Independent candidates took eight, according to the final results.

Turnout was 61%.
"""


wards = app_fixture("wards.txt", WARDS)


@pytest.mark.parametrize("question", [
    "How many turbines has Brisa Renewables put up so far?",
    "How many turbines has the Porto company installed to date?",
])
def test_so_far_is_the_number_done_not_the_plan(turbines, question):
    answers(turbines, question, "2,350", lacking="9,000")


@pytest.mark.parametrize("question", [
    "How many seats did the Greens win?",
    "How many seats did the Green party win on the council?",
    "How many council seats went to the Greens?",
])
def test_a_bare_number_counts_what_the_sentence_before_counted(council, question):
    assert analyse(question).kind == "how-many"
    answers(council, question, "seven")


def test_whose_count_is_read_from_the_question():
    from bot.answering.counting import doer_words

    assert doer_words("How many seats did independent candidates take?") == frozenset({"independ"})
    assert doer_words("How many people did the police arrest?") == frozenset()


@pytest.mark.parametrize("question", [
    "How many wards did independent candidates take in Brenmoor?",
    "How many wards in Brenmoor did the independent candidates take?",
])
def test_a_count_for_another_party_does_not_answer(wards, question):
    answers(wards, question, "eight", lacking="28 of the 50")
