""""By how much would sales fall?" asks for the size of a change: a percentage answers it, even
where the question names money words ("sales", "revenue"); a sentence with no figure does not."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, replies

ARTICLE = """Toymaker warns on sales after battery recall

Published 4 March 2025

Brightwell Toys recalled 40,000 talking dolls on Monday after reports of overheating batteries.

Analyst Ines Marchetti of Corvo Research said she expected Brightwell's sales to fall by about 12% this year as shops returned stock.

Chief executive Daniel Osei said the company would repair every doll free of charge.
"""


app = app_fixture("dolls.txt", ARTICLE)


@pytest.mark.parametrize("question", [
    "By how much did the analyst say sales would fall?",
    "How much did Marchetti expect the company's sales to drop?",
])
def test_a_percentage_answers_the_size_of_a_change(app, question):
    answers(app, question, "12%")


def test_money_asked_still_wants_money(app):
    replies(app, "How much did the company pay to repair the dolls?", lacking="12%")
