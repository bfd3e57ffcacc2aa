"""A described person or body hangs on a noun for a person or body ("the engineer who ...", "the
trust that ..."). A question with a relative word but no such noun among its tokens is not parsed
to look for one (hops.py): the parse would find none, and it cost 3-4 ms before retrieval."""

import pytest

import bot.answering.hops as hops

QUESTIONS = [
    # no noun for a person or body: not parsed
    "Who said that the ferry, which had been idle for weeks, would sail again?",
    "Who said that the plan that the vote approved had stalled?",
    "Who warned that the levy which pays for the depot would rise?",  # ("funds" is a body noun to the gate)
    "What happened to the bridge that collapsed in the storm?",
    # with one: parsed, and the description is found as before
    "Who said that the engineer who inspected the bridge had resigned?",
    "What did the official who urged both sides to talk say about the strike?",
    "What did the charity that runs the shelter say about the winter?",
    "Where is the company that made the pumps based?",
    "Who said that the ministry which approved the plan had erred?",
    "What did the residents who signed the petition ask for?",
]


def _described(question):
    hops.described.cache_clear()
    return hops.described(question)


@pytest.mark.parametrize("question", QUESTIONS)
def test_the_gate_gives_what_the_parse_gives(question, monkeypatch):
    gated = _described(question)
    monkeypatch.setattr(hops, "_names_a_role", lambda q: True)
    assert gated == _described(question)
    hops.described.cache_clear()


@pytest.mark.parametrize("question", QUESTIONS[:4])
def test_a_question_without_a_role_noun_is_not_parsed(question, monkeypatch):
    def no_parse(q):
        raise AssertionError(f"parsed: {q}")

    monkeypatch.setattr(hops, "parse_question", no_parse)
    assert _described(question) is None
    hops.described.cache_clear()


def test_a_role_noun_is_still_found():
    found = _described("What did the official who urged both sides to talk say about the strike?")
    assert found is not None and found.head == "official" and found.phrase.startswith("the official who urged")
    found = _described("What did the charity that runs the shelter say about the winter?")
    assert found is not None and found.asks == "organisation"
    hops.described.cache_clear()
