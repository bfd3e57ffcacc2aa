"""A comparison asked as a command, "Compare what the union asked for with what the firm offered",
has its two sides after the opening verb, split at the first "with" ("to", "and", "against"): each
side is then answered by its own sentence, as in a "How does X compare with Y" question."""

import pytest

from bot.answering.question import analyse

PAY = """Bakers at Tollund mill vote to strike

Workers at the Tollund flour mill have voted to strike from next Monday after talks on pay broke down.

The bakers' union had asked for a rise of 11 percent, saying food and rent costs had climbed sharply since the last deal.

The mill's owners, Grennick Foods, offered 3.5 percent in their final letter, sent on Tuesday.

A spokesman for the mill said it hoped the strike could still be avoided.
"""


@pytest.mark.parametrize("question, first, second", [
    ("Compare what the union asked for with what Grennick Foods offered on pay.", "union", "offer"),
    ("Compare the rent the tenants paid in spring to what they pay now", "spring", "now"),
    ("contrast the old fare and the new fare", "old", "new"),
])
def test_the_sides_of_an_imperative_comparison(question, first, second):
    q = analyse(question)
    assert q.kind == "compare"
    assert len(q.halves) == 2, q.halves
    assert first in q.halves[0] and second in q.halves[1], q.halves


def test_each_side_of_an_imperative_comparison_is_answered(app_over):
    with app_over("strike.txt", PAY) as app:
        answer = app.answer("Compare what the union asked for with what Grennick Foods offered on pay.")
    assert not answer.abstained
    for fact in ("11 percent", "3.5 percent"):
        assert fact in answer.text, (fact, answer.text)
