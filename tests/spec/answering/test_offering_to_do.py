""""What is the ministry offering to do about the glut?" asks what it will do: the sentence saying the
ministry would buy and would subsidise answers, not another body's denial that shares the question's
words ("denied that exporters were taking advantage of the glut")."""

import pytest

from bot.answering.promises import asks_promise
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Mango growers dump fruit as prices collapse

About 200 mango growers blocked a road for two hours on Tuesday, tipping crates of unsold fruit onto the tarmac in protest against prices that have fallen by half.

Mango Exporters Association secretary-general Ms Ratana Boonmee denied that exporters were taking advantage of the mango glut to pay growers less.

Trade Ministry spokeswoman Ms Kanya Srisuk said yesterday that the ministry would buy 15,000 tonnes of fresh mangoes for drying and would subsidise cold storage.

She said the measures would be put to the cabinet next week.
"""


app = app_fixture("mangoes.txt", ARTICLE)


@pytest.mark.parametrize("question, asked", [
    ("what is the trade ministry offering to do about the mango glut", True),
    ("What has the council proposed to do about it?", True),
    ("what did the firm offer the pantry", False),
])
def test_an_offer_to_do_asks_a_promise(question, asked):
    assert asks_promise(question) is asked


def test_what_a_body_offers_to_do_is_what_it_will_do(app):
    answers(app, "what is the trade ministry offering to do about the mango glut", "15,000 tonnes", lacking="denied")
