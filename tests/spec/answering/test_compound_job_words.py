"""A compound job noun ("the island shopkeeper", "the landowner") is reported by the thing it is
made of: "runs the island's only shop". The article does report the shopkeeper; only a passage
holding neither the job nor its thing leaves them unreported."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import declines

ARTICLE = """The island that lost its ferry

Since the car ferry broke down in January, everything that reaches Inchmor comes by a small freight boat twice a week.

Mairi Lennox runs the island's only shop, which is also its post office. She shows me an invoice for a pallet of flour. "Three hundred pounds. Before, it was eighty," she says.

She has stopped stocking fresh fruit. "I can't sell an apple at a pound. So there are no apples," she says.
"""


app = app_fixture("inchmor_freight.txt", ARTICLE)


def test_the_shopkeeper_is_the_one_who_runs_the_shop(app):
    answer = app.answer("What has the island shopkeeper stopped selling because of the freight costs?")
    assert not answer.abstained and ("fruit" in answer.text or "apple" in answer.text), answer.text


def test_a_compound_job_with_nothing_of_it_in_the_articles_is_unreported(app):
    declines(app, "What did the island landowner say about the freight boat?")
