"""An answer must hold the type of thing asked: a date for "when", an amount for "how much".
A sentence on the question's topic without it is no answer: the articles do not say."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

ARTICLE = """---
title: Glassworks to close Denholt plant
published: 2024-11-19
outlet: Valley Ledger
---

The Pellaro glassworks will close its Denholt plant, the company said on Monday, ending 80 years of glassmaking in the town.

Plant manager Ines Qorri said the 310 workers would be offered jobs at the company's other sites. "Nobody is being left behind," she said.

The union said it would challenge the closure and asked for a meeting with the company's board.

Local officials said the site could be sold to a developer.
"""


app = app_fixture("glassworks.md", ARTICLE)


def test_when_is_not_answered_by_a_sentence_without_a_time(app):
    declines(app, "When will the union meet the company's board?")


def test_how_much_is_not_answered_by_a_sentence_without_an_amount(app):
    declines(app, "How much will the developer pay for the site?")


def test_when_is_answered_by_the_sentence_that_dates_it(app):
    answers(app, "When did the company announce the closure?", "Monday")
