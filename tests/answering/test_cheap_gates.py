"""Checks that every answer runs over its candidate sentences or articles settle the ones they
cannot change by a cheap test first, with the same result. Invented sentences and pages."""

from __future__ import annotations

from types import SimpleNamespace

from bot.answering import answer_blocks, role_spellings
from bot.answering.role_spellings import with_job_spellings
from index.statements import answer_labels
from tests.spec.invented import candidates_of_paragraphs

ANSWERS_PAGE = """Question for written answer

Asked by Morwen Trelask (Polgooth North)
To ask the Minister for Harbours how many ferry sailings were cancelled in March.

Answered by Gwilym Fenwarrow, Minister of State
Answered on 4 March 2025
Eleven sailings were cancelled, all for weather.
"""

NEWS_PAGE = """Ferry fares to rise in spring

The Tressick ferry company said on Monday that fares would rise by a tenth in April.
Its chief executive, Doran Velsh, told the council that fuel now cost twice as much.
"""


def test_a_sentence_with_no_job_word_is_not_compared_with_the_job_spellings(monkeypatch):
    candidates = candidates_of_paragraphs(["The ferry will sail twice a day from May, the harbour master said."])
    with_job_spellings(candidates_of_paragraphs(["The CEO spoke."]))  # (the tables built once, before the count)
    calls = []
    real = role_spellings._pairs
    monkeypatch.setattr(role_spellings, "_pairs", lambda: calls.append(1) or real())
    with_job_spellings(candidates)
    assert calls == []


def test_a_job_written_in_words_gets_its_acronym():
    (c,) = candidates_of_paragraphs(["The chief financial officer, Ana Velsh, said costs rose."])
    with_job_spellings([c])
    assert "cfo" in c.terms


def test_a_page_without_an_answering_word_is_not_read_for_label_lines(monkeypatch):
    read = []
    monkeypatch.setattr(answer_labels, "labels", lambda text: read.append(text) or [])
    assert answer_blocks._label_terms(SimpleNamespace(text=NEWS_PAGE)) == {}
    assert read == []


def test_an_answers_page_label_lines_get_their_question_terms():
    terms = answer_blocks._label_terms(SimpleNamespace(text=ANSWERS_PAGE))
    answered_on = ANSWERS_PAGE.index("Answered on")
    assert {"cancel", "sail"} <= terms[answered_on]


def test_a_paragraph_that_asks_nothing_is_no_turn_without_reading_its_sentences(monkeypatch):
    from bot.answering import turns

    (c,) = candidates_of_paragraphs(["The ferry will sail twice a day from May, the harbour master said."])
    read = []
    real = turns.sentence_text
    monkeypatch.setattr(turns, "sentence_text", lambda *a: read.append(1) or real(*a))
    assert not turns._is_turn(c)
    assert read == []


def test_a_short_question_paragraph_is_a_turn():
    from bot.answering import turns

    (c,) = candidates_of_paragraphs(["Will the ferry sail on Sundays too?"])
    assert turns._is_turn(c)
