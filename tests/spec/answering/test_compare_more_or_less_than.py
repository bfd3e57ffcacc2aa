""""Is the compensation rate more or less than what a tractor costs to hire?": a yes-no question that
sets one figure against another is a comparison, split at its "than"; each side's figure is cited.
"More than 50 people" is a quantity, not a comparison."""

import pytest

from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Hippos trample rice fields along the Lupande

Farmers along the Lupande river say hippos have trampled more than 300 hectares of rice since March.

The wildlife department said current compensation rates were K1,500 per hectare of rice destroyed.

One farmer, who did not give his name, said a tractor now charged K2,100 per hectare to plough in the valley.

The department said it would review the rates in June.
"""


app = app_fixture("hippos.txt", ARTICLE)


@pytest.mark.parametrize("question, halves", [
    ("is the compensation rate per hectare more or less than what a tractor costs to hire", 2),
    ("Was the fine higher than last year's?", 2),
    ("is it true that more than 50 people came?", 0),
])
def test_a_yes_no_question_setting_one_thing_against_another_compares(question, halves):
    q = analyse(question)
    assert (q.kind == "compare") == bool(halves) and len(q.halves) == halves, (q.kind, q.halves)


def test_each_side_of_more_or_less_than_gives_its_figure(app):
    answers(app, "is the compensation rate per hectare more or less than what a tractor costs to hire", "K1,500", "K2,100")
