""""How much more money has he asked for?": the money is what is counted ("more" says it is on top of
what was given), and a sum in a currency counts it whatever verb asks for it."""

import pytest

from tests.spec.answering.asks import answers, declines

ARTICLE = """Town seeks more flood money

KESSOCK BAY, 3 March 2025 - Work on a new flood wall along the river will begin in June, the town's public works chairman, Simon Arkwright-Lee, said on Monday.

He said the government had already given Sh30 million for the wall.

He said the town had also asked the national government for another Sh45 million for a pumping station, but had yet to receive a reply.

Residents in the lowest streets were told to sign up for text alerts.

The town's fishing fleet landed a catch worth about Sh200 million last year, according to the harbour office.
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("flood_wall.txt", ARTICLE) as whosaid:
        yield whosaid


def test_how_much_more_money_counts_the_money(app):
    from bot.answering.question import analyse

    assert analyse("How much more money has he asked for?").counted_word == "money"
    answers(app, "How much more money has Simon Arkwright-Lee asked the national government for?", "Sh45 million")


def test_a_sum_for_another_act_does_not_answer_how_much_is_given(app):
    declines(app, "How much money is the government giving the fishing fleet?")
