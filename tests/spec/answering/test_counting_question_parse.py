"""Counting by the question's verb ("how many people have signed" / "85,000 signatures") reads the
question's own parse, made once per question, not a second parse of it."""

import bot.answering.counting as counting
from bot.answering.predicate import parse_question


def test_the_counting_verb_comes_from_the_questions_own_parse(monkeypatch):
    question = "How many residents have signed the petition against the quarry?"
    parse_question(question)
    monkeypatch.setattr(counting, "parse", lambda *a, **k: (_ for _ in ()).throw(AssertionError("parsed again")), raising=False)
    counting._counting_verb.cache_clear()
    assert counting._counting_verb(question, "residents") == "sign"
