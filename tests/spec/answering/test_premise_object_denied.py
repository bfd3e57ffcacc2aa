"""A question that takes a thing as done ("what deal did they sign") is answered by the sentence
saying there was none ("talks collapsed without a deal"), not declared unanswerable."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Riverton bus talks break down

Riverton, June 3 (AFP) - Talks between Riverton's bus operator and the drivers' union collapsed on Monday without a deal, leaving the city without buses for a fourth day.

The union wants a 9% pay rise over two years. The operator has offered 4%.

"We are further apart than when we started," union negotiator Ilse Marten said.
"""


app = app_fixture("riverton_bus.txt", ARTICLE)


def test_a_deal_asked_about_is_answered_by_the_sentence_saying_there_was_none(app):
    answers(app, "What deal did the two sides sign?", "without a deal")


def test_the_question_names_what_was_done_to_what():
    from bot.answering.predicate import denies_object, predicate_of

    assert predicate_of("What deal did the two sides sign?").obj == "deal"
    assert denies_object("Talks collapsed on Monday without a deal.", "deal")
    assert not denies_object("The two sides signed a deal on Monday.", "deal")
