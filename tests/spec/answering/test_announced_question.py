"""A turn that opens by announcing whom it asks ("My question is to the Treasurer.") says what it asks
in the sentences after: "What did X ask the Treasurer about?" is answered by the announcement and what
follows it, not by the announcement alone."""

import pytest

from bot.answering.announced import announces

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

HOUSE = """Legislative Council, Questions Without Notice, Thursday 6 March

Ms ABERDARE (Northern Fells) (14:02): My question is to the Treasurer. Last year the government promised to review stamp duty for first home buyers within six months. Eleven months on, there is no review. When will it report?

The Hon. P. KEMBLE (Treasurer) (14:03): The review will report before the budget. I would rather it was thorough than quick.

Mr CORRIGAN (Eastvale) (14:05): My question is also to the Treasurer. How many public servants work on the review?
"""


@pytest.mark.parametrize("text, expected", [
    ("Ms ABERDARE (Northern Fells) (14:02): My question is to the Treasurer.", True),
    ("My supplementary question is for the Minister for Roads.", True),
    ("The question is for the courts to decide whether the ban was lawful and proportionate.", False),
    ("I want to ask the Treasurer about stamp duty for first home buyers.", False),
])
def test_an_announcement_is_short_and_says_only_whom(text, expected):
    assert announces(text) is expected


house = app_fixture("council_questions.txt", HOUSE)


def test_what_she_asked_is_the_turn_after_the_announcement(house):
    answers(house, "What did Ms Aberdare ask the Treasurer about?", "stamp duty", lacking="(14:02)")
