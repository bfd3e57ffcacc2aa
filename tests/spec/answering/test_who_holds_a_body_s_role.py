"""'Who is X's chief executive?': a body's possessive role phrase asks for the person the article
describes in that role, even where the sentence naming them does not repeat the body's name."""

import pytest

from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture

ARTICLE = """Harrowgate Mills explores sale of flour unit

Published 3 October 2025

LEEDS - Harrowgate Mills is exploring a sale of its flour business, two people familiar with the matter said.

Harrowgate Mills declined to comment on the talks.

At an investor day in May, chief executive Sunniva Tandberg-Cole told investors that milling was "the heart of what we do".

The union's regional organiser, Callum Restorick, said workers had not been told of any sale.
"""


app = app_fixture("mills.txt", ARTICLE)


@pytest.mark.parametrize("question, name", [
    ("Who is Harrowgate Mills's chief executive?", "Tandberg-Cole"),
    ("Who is Harrowgate Mills' chief executive?", "Tandberg-Cole"),
])
def test_a_body_s_possessive_role_finds_the_person_in_that_role(app, question, name):
    answer = app.answer(question)
    assert not answer.abstained and name in answer.text, answer.text


@pytest.mark.parametrize("question, role", [
    ("Who is Harrowgate Mills's chief executive?", True),
    ("Who was Marta Lind's successor?", False),  # no role word: not a role question
    ("Who is Anna Berg?", False),
])
def test_only_a_role_word_makes_a_possessive_a_role(question, role):
    assert bool(analyse(question).role) is role
