"""An estimate is a figure: "how does the final bill compare with the original estimate" asks for two
numbers, and the sentence that sets them side by side ("cost 48 million euros, almost double the first
estimate of 25 million euros") answers it, though it shares few of the question's words."""

import pytest

from bot.answering.compare_halves import asks_figures
from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Drava footbridge opens two years late

The Drava footbridge between Ormaž and the old town opened to pedestrians on Saturday, two years behind schedule, after a long dispute between the city and its first contractor.

The 240-metre bridge carried about 9,000 people on its first day, the city said.

Construction cost 48 million euros, almost double the first estimate of 25 million euros published in 2019. The city paid for most of it with a loan from a development bank.

Mayor Tilen Vrhovec said the delay had been "painful but worth it".

The original plan set an opening date of spring 2023.
"""


app = app_fixture("drava_bridge.txt", ARTICLE)


@pytest.mark.parametrize("question", [
    "How does the final bill for building the Drava footbridge compare with the original estimate?",
    "How did what the footbridge finally took to build compare with the first estimate?",
])
def test_a_comparison_with_an_estimate_asks_for_figures(question):
    assert asks_figures(analyse(question))


@pytest.mark.parametrize("question", [
    "How does the final bill for building the Drava footbridge compare with the original estimate?",
    "How did the final bill for the footbridge compare with the first estimate?",
])
def test_the_sentence_setting_both_figures_side_by_side_answers(app, question):
    answers(app, question, "48 million euros", "25 million euros")
