"""Questions the article cannot answer though it shares their words: a figure of another kind
("net profit" where only the operating profit is given), a day after the article was written, and
an occasion the article says is still to come.
Both get "the articles do not say" with the nearest passage cited; the answerable ones still answer."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """---
title: Kestrel Foods cuts forecast as cocoa costs bite
published: 2025-04-10
---
DUNMORE - Kestrel Foods said on Thursday that first-quarter operating profit fell 22% to 48 million euros, hurt by the rising cost of cocoa and sugar.

Net sales rose 3% to 910 million euros, helped by price increases in its biscuit business.

Chief executive Maren Holt said the company would raise prices again in the summer. "Cocoa has never cost this much, and we cannot absorb all of it," she said.

Holt told a results briefing that the company had no plans to close its Dunmore factory. She is due to present the new strategy to investors at a conference in London next week.

The board will meet on April 24 to choose a new chairman, after the previous chairman, Tobias Wren, retired in March.

Shares in Kestrel fell 6% in Dunmore trading.
"""


app = app_fixture("kestrel.md", ARTICLE)


def test_a_net_profit_question_is_not_answered_by_the_operating_profit(app):
    answer = app.answer("What was Kestrel's net profit in the first quarter?")
    assert answer.abstained and answer.text.startswith("The articles do not say"), answer.text
    assert answer.citations and "operating profit" in answer.citations[0].text, answer.text


def test_the_kind_the_article_gives_is_still_answered(app):
    answer = answers(app, "How much were Kestrel's net sales?", "910 million")
    answers(app, "How much did Kestrel's operating profit fall?", "22%")


def test_a_day_after_the_article_is_not_reported(app):
    answer = app.answer("Who was chosen as Kestrel's new chairman on April 24?")
    assert answer.abstained and answer.text.startswith("The articles do not say"), answer.text


def test_a_day_before_the_article_is_still_answered(app):
    answers(app, "Who retired as Kestrel's chairman in March?", "Wren")


def test_an_occasion_still_to_come_is_not_reported(app):
    answer = app.answer("What did Holt tell investors at the London conference?")
    assert answer.abstained and answer.text.startswith("The articles do not say"), answer.text
    assert answer.citations and "conference" in answer.citations[0].text, answer.text


def test_an_occasion_that_happened_is_answered(app):
    answers(app, "What did Holt say at the results briefing?", "Dunmore factory")
