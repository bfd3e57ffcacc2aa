"""A person or body described by what they did ("the official who urged talks") is named first,
from the sentence that says it, and the question is answered about them; both sentences are cited."""

from tests.spec.answering.apps import app_fixture


ARTICLE = """Regulator orders recall of Hestor space heaters

LONDON, 4 December 2024 - The product safety regulator on Tuesday ordered the recall of 60,000 space heaters made by Hestor after reports of units overheating.

Maya Torrance, the regulator's chief inspector, announced the recall at a briefing in Manchester. "Customers should unplug these heaters today," she said.

Torrance said buyers would receive a full refund, including postage, within 30 days of returning a heater.

Hestor's chief executive, Paul Edevane, apologised to customers. He said the fault affected one production batch only.
"""


app = app_fixture("recall.txt", ARTICLE)


def test_the_official_described_by_a_clause_is_named_and_answered_about(app):
    answer = app.answer("What did the official who announced the recall say about refunds?")
    assert not answer.abstained, answer.text
    assert "Torrance" in answer.text and "full refund" in answer.text, answer.text
    assert any("announced the recall" in c.text for c in answer.citations), answer.citations


def test_a_question_without_a_relative_clause_is_not_rewritten(app):
    from bot.answering.hops import described

    assert described("What did Torrance say about refunds?") is None
    assert described("What did the chief executive who apologised say about the fault?").head == "executive"
