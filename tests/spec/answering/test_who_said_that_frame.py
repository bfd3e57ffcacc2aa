""""Who said that ...?": the question's own frame is read without a parse. Its subject is the asked
person, its "who" and "that" describe no one and it asks about no deed, so the described person
(hops.py), the subject's nouns (ahead.py) and the deed (deeds.py) are what the parse gives."""

import pytest

import bot.answering.predicate as predicate
from bot.answering import deeds, hops
from bot.answering.ahead import asked_nouns
from bot.answering.predicate import said_that_clause

FRAMED = [
    "Who said that the ferry service would resume in the spring?",
    "Who warned that the harbour wall could give way?",
    "who claimed that prices at the co-op had doubled",
    "Who argued that the council which runs the depot had failed?",  # a relative word in the clause
    "Who said that the engineer who inspected the bridge had resigned?",
    "Who insisted that Mayor Odile Brandt knew of the plan?",
]


@pytest.mark.parametrize("question, clause", [
    ("Who said that the ferry service would resume?", "the ferry service would resume?"),
    ("  who TOLD that the pier was closed", "the pier was closed"),
])
def test_the_clause_after_the_frame(question, clause):
    assert said_that_clause(question) == clause


@pytest.mark.parametrize("question", [
    "Who built that bridge?",  # not a speech verb
    "Who wrote the bill that banned drones?",
    "What did the harbour master say about the wall?",
    "Who said the ferry would resume?",  # no "that": read from the parse as before
])
def test_other_questions_have_no_frame(question):
    assert said_that_clause(question) is None


def _read(question):
    hops.described.cache_clear()
    deeds.deed_of.cache_clear()
    return hops.described(question), asked_nouns(question), deeds.deed_of(question)


@pytest.mark.parametrize("question", FRAMED)
def test_frame_gives_what_the_parse_gives(question, monkeypatch):
    without_parse = _read(question)
    for module in (predicate, hops, deeds):
        monkeypatch.setattr(module, "said_that_clause", lambda q: None)
    assert without_parse == _read(question)
    hops.described.cache_clear()
    deeds.deed_of.cache_clear()


def test_a_framed_question_is_not_parsed_for_them(monkeypatch):
    question = "Who said that the ferry service would resume in the spring?"
    hops.described.cache_clear()
    deeds.deed_of.cache_clear()
    parsed = []
    real = predicate.parse_question
    monkeypatch.setattr(predicate, "parse_question", lambda q: parsed.append(q) or real(q))
    monkeypatch.setattr(hops, "parse_question", predicate.parse_question)
    monkeypatch.setattr(deeds, "parse_question", predicate.parse_question)
    assert _read(question) == (None, frozenset(), None)
    assert parsed == []
