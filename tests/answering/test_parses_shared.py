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
    text = "The Quarnford Tribunal dismissed the Orlov claims in a brief hearing."
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


def test_a_who_question_parses_with_entities_only_the_sentences_no_known_person_settles():
    from bot.answering.alike import NoAlike
    from bot.answering.checks import check_types
    from bot.answering.question import analyse
    from index.article_people import Person
    from tests.spec.invented import candidates_of_paragraphs

    named = "Ilse Varnholt built the new footbridge over the Orvel in six weeks, the council said."
    unnamed = [
        "The new footbridge over the Orvel was built by a crew from Tarnow Steel in six weeks.",
        "Work on the footbridge over the Orvel began in March after a long delay.",
    ]
    candidates = candidates_of_paragraphs([named, *unnamed])
    people = {"a1": (Person("Ilse Varnholt", "Varnholt", "", frozenset()),)}
    for c in candidates:
        c.score = 1.0
        parsing._PARSES[True].pop(c.text, None)
    check_types(analyse("Who built the new footbridge over the Orvel?"), candidates, people, lambda _t: 1.0, NoAlike())
    assert named not in parsing._PARSES[True]  # a known person names it: no organisation or person to look for
    assert all(text in parsing._PARSES[True] for text in unnamed)
    score = {c.text: c.score for c in candidates}
    assert score[named] == 1.0
