"""A question typed without its auxiliary, as people type into a chat ("why ministry refused fee
waiver small cheese makers?", "when mayor resigned?") is asked as the question it stands for ("Why
did the ministry refuse ..."), so the reason is looked for, not the words of the question tabled
about it. A question word before a measure, an auxiliary, "come", or another question later in the
sentence is left as typed."""

import pytest

from bot.answering.plain_question import plain
from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import ask, replies, table

WRITTEN = """Written question 4412, tabled 3 February 2025

Halvard Trønnes (Member for Nordøst): To ask the Minister of Agriculture whether her ministry plans to introduce a fee waiver for small cheese makers who export to the European Union, and how many of their consignments were turned back at the border in 2024.

Answer, 12 February 2025

Maja Fosseid (Minister of Agriculture): The present fee of 310 kroner per certificate covers the cost of the inspection, and a waiver for one trade would have to be paid for by other exporters or by the taxpayer. Eleven consignments were turned back in 2024.
"""

written = articles_fixture({"cheese_fee_waiver.txt": WRITTEN})

test_reason_asked_without_did = table(replies, [
    ask("written", "why ministry refused fee waiver small cheese makers?", "cost of the inspection", lacking="To ask",
        id="why_without_did"),
])


@pytest.mark.parametrize("typed, meant", [
    ("when mayor resigned?", "When did mayor resign?"),
    ("where minister went after the vote?", "Where did minister go after the vote?"),
    ("when ferry leaves?", "When does ferry leave?"),
    ("how police found the car", "How did police find the car?"),
])
def test_the_question_meant(typed, meant):
    assert plain(typed) == meant


@pytest.mark.parametrize("typed", [
    "when is the meeting?", "how many people died?", "where to buy tickets?", "why the delay?",
    "when the council met, what did it decide?", "Why did it close?",
])
def test_left_as_typed(typed):
    assert plain(typed) == typed
