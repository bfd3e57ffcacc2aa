"""Ledger answers: routing by question kind, conservative None, cited verbatim sentences."""

import re
import sqlite3
from datetime import date

import pytest

from bench.statements_quality import load_seeds
from bot.answering.ledger import answer_from_ledger
from index.statements.extract import extract
from index.statements.store import Ledger, create_schema, replace_statements


@pytest.fixture(scope="module")
def corpus():
    articles = {a.id: a for a in load_seeds()}
    conn = sqlite3.connect(":memory:")
    create_schema(conn)
    for a in articles.values():
        replace_statements(conn, a.id, extract(a))
    return Ledger(conn), articles


def ask(corpus, question):
    ledger, articles = corpus
    return answer_from_ledger(question, ledger, articles)


def assert_well_cited(answer, articles):
    assert answer.path == "ledger"
    assert re.fullmatch(r"(?:[^\[\]]+ \[\d+\]\s*)+", answer.text)
    for c in answer.citations:
        assert articles[c.article_id].text[c.start:c.end] == c.text


def test_what_did_role_alias_say_about_topic_answers_from_that_person(corpus):
    answer = ask(corpus, "What did Russia's top diplomat say about checkpoints?")
    assert answer.text.startswith("Sergey Lavrov")
    assert "The setting up of any checkpoint there is not envisioned" in answer.text
    assert "28 February 2023" in answer.text
    assert {c.article_id[:3] for c in answer.citations} == {"003"}
    assert_well_cited(answer, corpus[1])


def test_who_said_names_the_speaker(corpus):
    answer = ask(corpus, "Who said that no checkpoint is envisioned on the Lachin corridor?")
    assert answer.text.startswith("Sergey Lavrov")
    assert_well_cited(answer, corpus[1])


def test_who_claimed_prefers_the_statement_with_that_act(corpus):
    answer = ask(corpus, "Who claimed that Armenia was illegally transporting mines through the Lachin Corridor?")
    assert answer.text.startswith("Jeyhun Bayramov claimed")


def test_when_did_two_people_meet_at_a_place_gives_the_resolved_date(corpus):
    answer = ask(corpus, "When did Putin and Pashinyan meet in Bishkek?")
    assert "9 December 2022" in answer.text and "Friday" in answer.text
    assert len(answer.citations) == 1
    assert_well_cited(answer, corpus[1])


def test_when_did_someone_say_something_gives_the_statement_date(corpus):
    answer = ask(corpus, "On what date did Peskov tell reporters that Russia would continue its mediation?")
    assert answer.text.startswith("Dmitry Peskov") and "29 December 2022" in answer.text


def test_month_in_question_filters_by_date(corpus):
    ledger, articles = corpus
    answer = answer_from_ledger("What did Lavrov say in January 2023?", ledger, articles)
    assert "February" not in answer.text
    assert "January 2023" in answer.text


def test_place_of_a_ledger_event_bounds_the_dates(corpus):
    answer = ask(corpus, "What did Lavrov say before the Baku visit?")
    assert "28 February" not in answer.text and "January 2023" in answer.text


def test_unknown_speaker_returns_none(corpus):
    assert ask(corpus, "What did Emmanuel Macron say?") is None
    assert ask(corpus, "What did Turkish President Erdogan say about the Lachin Corridor?") is None


def test_question_of_another_kind_returns_none(corpus):
    assert ask(corpus, "How many people live in the mountainous region?") is None
    assert ask(corpus, "When did the blockade of the Lachin Corridor begin?") is None


def test_who_said_with_no_matching_statement_returns_none(corpus):
    assert ask(corpus, "Who said that the moon landing was staged in a studio?") is None


def test_every_answer_sentence_ends_in_a_marker_and_quotes_are_verbatim(corpus):
    ledger, articles = corpus
    answer = answer_from_ledger("What did the Kremlin say after the Pashinyan-Putin phone call?", ledger, articles)
    assert_well_cited(answer, articles)
    for quote in re.findall("\u201c([^\u201d]+)\u201d", answer.text):
        assert any(quote in a.text or quote.rstrip(".") in a.text for a in articles.values())
    assert all(c.text for c in answer.citations) and date(2023, 1, 17).strftime("%B") in answer.text


def test_topic_only_partly_covered_returns_none(corpus):
    assert ask(corpus, "What did Lavrov say about the weather in Baku?") is None
