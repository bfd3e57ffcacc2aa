"""Checks that read only a sentence's tokens or lemmas take them without a new parse with entities."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from bot.answering import parsing
from bot.answering.body_only_named import _writes_body, body_only_named
from bot.answering.event_dates import names_act
from bot.answering.terms import stems

# Invented sentences: a given name's short form the pipeline joins to its point, a hyphenated
# body's name, a possessive.
SENTENCES = [
    "Director Ma. Luisa Revenko said the Quellmoor Water Board would appeal.",
    "She wrote to the Quellmoor-Water Board's chair on Monday, Ondvall said.",
    "The claims should go to the Harbour Tribunal, the lawyers argued.",
]


@pytest.mark.parametrize("text", SENTENCES, ids=lambda t: t[:24])
def test_tokens_are_the_parses(text):
    assert [t.text for t in parsing.tokens(text)] == [t.text for t in parsing.parse(text)]


@pytest.mark.parametrize("text", SENTENCES, ids=lambda t: t[:24])
def test_lemmas_without_entities_are_those_with(text):
    plain = [(t.text, t.lemma_) for t in parsing._run([text], False)[0]]
    assert plain == [(t.text, t.lemma_) for t in parsing._run([text], True)[0]]


def test_the_lemmas_parse_is_the_kept_one_with_entities_else_one_without():
    text = "The Brackwater Tribunal dismissed the Orlov claims in a brief hearing."
    parsing._PARSES[True].pop(text, None)
    parsing._PARSES[False].pop(text, None)
    assert parsing.lemmas_parse(text) is parsing.parse(text)  # none kept: a parse without entities
    assert text not in parsing._PARSES[True]
    with_entities = parsing.parse(text, entities=True)
    assert parsing.lemmas_parse(text) is with_entities
    assert names_act(text, "dismiss") and not names_act(text, "approve")


def test_a_sentence_not_writing_the_body_is_settled_without_its_parse():
    body = frozenset(stems("Harbour Tribunal"))
    text = "She said the claims should go to the court next month."
    parsing._PARSES[False].pop(text, None)
    assert not _writes_body(text, body)
    q = SimpleNamespace(kind="what", text="What did the Harbour Tribunal decide about the claims?")
    assert body_only_named(q, [SENTENCES[2], text]) is False
    assert text not in parsing._PARSES[False] and text not in parsing._PARSES[True]
    assert body_only_named(q, [SENTENCES[2]]) is True
