""""How much is the state spending?" is answered by a sum written the compact way many papers print
it: a currency stuck to the digits and a magnitude after them ("RM12mil", "US$2.5bn", "€3m", "Rs40"),
or a count in words above twelve ("nineteen"). They used to be read as no number at all, so the
sentence that held the sum was weighed down and the question declined."""

import pytest

from bot.answering.asked import says_money
from bot.answering.question import amounts

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import declines

DAILY = """State to spend RM12mil on Sungai Lembah works

KAMPUNG DELIMA: The state government will spend RM12mil to deepen a 3.4km stretch of Sungai Lembah after floods swamped more than 400 homes in the district last week.

State works committee chairman Datuk Harun Salleh said the contract would be awarded by January and the works completed within 18 months.

At Taman Delima Indah, hawker Encik Faizal Rahim, 48, said he lost about RM7,500 worth of stock when water entered his stall.

"I saved only my scales and my gas tank," he said.

Harun said the state had also asked Putrajaya for another RM90mil for a retention pond upstream.
"""

WIRE = """Harrowgate Mining agrees $2.5bn sale of copper unit

LONDON, June 3 (Newswire) - Harrowgate Mining has agreed to sell its copper unit to a Canadian rival for $2.5bn, the company said on Tuesday, as it cuts debt after a costly expansion.

The group will also pay €3m to settle a long-running dispute with a former contractor in Portugal, chief financial officer Lena Marsh told reporters.

Nineteen of the unit's mines are in Chile, and about 6,000 people work for it.

Shares in Harrowgate rose 4% in early trading.
"""


@pytest.mark.parametrize("text, figure", [
    ("will spend RM12mil on it", "12mil"),
    ("a deal worth US$2.5bn", "2.5bn"),
    ("a €3m settlement", "3m"),
    ("fined Rs40 by the court", "40"),
    ("about RM7,500 worth of stock", "7,500"),
    ("a 3.4km stretch", "3.4km"),
])
def test_a_compact_sum_or_a_count_in_words_is_an_amount(text, figure):
    assert figure in amounts(text)


def test_a_road_a_century_or_a_decade_is_no_amount():
    assert amounts("along the A38 road") == []
    assert amounts("in the 21st century") == []
    assert amounts("since the 1990s") == []


@pytest.mark.parametrize("text", ["will spend RM12mil", "sold for US$2.5bn", "pay €3m", "fined Rs40"])
def test_a_compact_sum_is_money(text):
    assert says_money(text)


def test_a_motorway_or_a_kit_number_is_no_money():
    assert not says_money("the M25 was closed for 3 hours")


daily = app_fixture("state_river_works.txt", DAILY)
wire = app_fixture("harrowgate_sale.txt", WIRE)


@pytest.mark.parametrize("question, figure", [
    ("How much money is the state spending on the Sungai Lembah works?", "RM12mil"),
    ("How much will the state government spend on deepening the river?", "RM12mil"),
    ("How much stock did the hawker who saved his scales lose?", "RM7,500"),
])
def test_how_much_is_answered_by_a_compact_sum(daily, question, figure):
    answer = daily.answer(question)
    assert not answer.abstained and figure in answer.text, answer.text


@pytest.mark.parametrize("question, figure", [
    ("How much is Harrowgate Mining selling its copper unit for?", "$2.5bn"),
    ("How much will the group pay to settle the dispute with its former contractor?", "€3m"),
])
def test_how_much_is_answered_by_a_compact_sum_on_the_wire(wire, question, figure):
    answer = wire.answer(question)
    assert not answer.abstained and figure in answer.text, answer.text


def test_a_sum_for_another_deed_does_not_answer_how_much_money_is_given(wire):
    declines(wire, "How much money is Harrowgate Mining giving its miners in Chile?")
