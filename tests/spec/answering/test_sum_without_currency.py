"""A sum asked ("How much will the footbridge cost?", "What will it cost?") is answered by a number a
verb of price governs, even with no currency written: an auto-caption or a meeting transcript says
"would cost 2.3 million". The article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Brackwater Town Council, footbridge meeting (auto-generated captions)

[Music]
good evening everyone the one item tonight is the footbridge over the Leat
the engineer's estimate is that a new footbridge would cost 2.3 million and take a year to build
a repair of the old one would last about ten years
the council owns a 40 percent share of the bridge trust
"""

app = app_fixture("brackwater_footbridge.txt", ARTICLE)


def test_how_much_a_sum_costs_with_no_currency(app):
    answers(app, "How much would a new footbridge cost?", "2.3 million")


def test_what_it_costs_asked_with_what(app):
    answers(app, "What would a new footbridge cost?", "2.3 million")
