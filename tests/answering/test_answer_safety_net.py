"""A reader that fails on one question costs that question its refinements, never the answer."""

import logging

import pytest

import bot.answering.answer as answer_mod
from bot.answering.answer import COULD_NOT_ANSWER

PIER = ("The harbour master, Elund Rasková, said on Monday that the pier would reopen in June.\n\n"
        "\"We have replaced every rotten pile,\" Rasková said.")


@pytest.fixture
def pier_app(fresh_app, tmp_path, monkeypatch):
    monkeypatch.setattr("index.safety_net.STRICT", False)  # the suite's default is to fail loudly
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "pier.txt").write_text(PIER, encoding="utf-8")
    fresh_app.ingest([folder])
    return fresh_app


def _broken(*_args, **_kwargs):
    raise IndexError("list index out of range")


def test_a_failing_check_falls_back_to_the_plain_extractive_answer(pier_app, monkeypatch, caplog):
    monkeypatch.setattr(answer_mod, "premise_answerer", _broken)
    with caplog.at_level(logging.WARNING):
        answer = pier_app.answer("When will the pier reopen?")
    assert not answer.abstained
    assert "June" in answer.text and answer.citations
    assert any("IndexError" in r.getMessage() for r in caplog.records)
    assert not any("Traceback" in r.getMessage() for r in caplog.records)


def test_when_even_the_plain_answerer_fails_it_declines_with_the_closest_passages(pier_app, monkeypatch):
    monkeypatch.setattr(answer_mod, "premise_answerer", _broken)
    monkeypatch.setattr(answer_mod, "extractive_answerer", _broken)
    answer = pier_app.answer("When will the pier reopen?")
    assert answer.abstained and answer.text == COULD_NOT_ANSWER
    assert answer.related and "pier" in answer.related[0].text


def test_the_suite_fails_loudly_instead(fresh_app, monkeypatch):
    monkeypatch.setattr(answer_mod, "premise_answerer", _broken)
    with pytest.raises(IndexError):
        fresh_app.answer("When will the pier reopen?")


def test_errors_meant_for_the_user_still_reach_the_user(pier_app):
    from index.errors import QuestionError

    with pytest.raises(QuestionError):
        pier_app.answer("   ")
