""""How much did X make" asks for money: a sum in reais, rand or pesos is money as much as one in
dollars, so the sentence that gives it answers (it used to be refused as holding no sum of money)."""

import pytest

from bot.answering.asked import says_money
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Karoo Freight profit slips as fuel costs bite

JOHANNESBURG, March 6, 2025 - Karoo Freight, the South African trucking group, said on Thursday that first-half revenue rose 7% to 4.1 billion rand, but net income fell to 310 million rand from 355 million rand as diesel prices climbed.

Chief executive Thandiwe Mokoena-Brandt said the group would not cut its fleet. "Our customers need trucks on the road, not in the yard," she told analysts on a call.

The company employs about 9,000 people and runs depots in all nine provinces.

Shares in the group fell 4% in Johannesburg by midday, their lowest level since October.

Analysts at a local broker said rising toll fees on the main corridor to Durban would weigh on margins until the end of the year.

The group will publish full-year results in September.
"""


@pytest.mark.parametrize("text", [
    "net income fell to 212 million reais from 248 million reais",
    "net income fell to 310 million rand",
    "the fine was 40,000 pesos",
    "valued at around 30 billion crowns",
])
def test_a_sum_in_another_currency_is_money(text):
    assert says_money(text)


def test_a_real_problem_or_a_won_seat_is_no_money():
    assert not says_money("the real problem was 3 late trains")
    assert not says_money("the party won 38 seats")


app = app_fixture("karoo_freight.txt", ARTICLE)


@pytest.mark.parametrize("question", [
    "How much was Karoo Freight's net income in the first half?",
    "How much net income did Karoo Freight report for the first half?",
])
def test_how_much_money_is_answered_by_a_sum_in_rand(app, question):
    answers(app, question, "310 million rand")


@pytest.mark.parametrize("question, noun", [
    ("How much net income did Ventor make in the third quarter?", "income"),
    ("How much operating profit did the group report?", "profit"),
    ("How many mail-in ballots were rejected?", "ballots"),
])
def test_the_thing_measured_is_the_figure_noun_not_its_qualifier(question, noun):
    from bot.answering.question import analyse

    assert analyse(question).counted_word == noun
