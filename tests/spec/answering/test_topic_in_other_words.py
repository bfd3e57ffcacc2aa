""""What has the board decided about the rest of the share repurchase programme?": the topic is
written otherwise ("the remaining 80 million pounds of the share buyback"); a sentence holding it in
other words is about it."""

import pytest

from tests.spec.answering.asks import answers

ARTICLE = """Harlanby Foods cuts outlook as oat costs bite

LONDON, 6 November 2025 - Harlanby Foods lowered its sales outlook for the year on Thursday, blaming the rising cost of oats.

Chief financial officer Petra Oatfield told analysts on a call that operating margin had fallen to 9.1 per cent from 10.4 per cent a year earlier.

"Until the oat price settles, the board has suspended the remaining 80 million pounds of the share buyback," she said.

Shares in the company fell 4 per cent in London.
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("harlanby.txt", ARTICLE) as whosaid:
        yield whosaid


def test_a_topic_in_other_words_is_the_topic(app):
    answers(app, "What has the board decided about the rest of the share repurchase programme?", "suspended")
