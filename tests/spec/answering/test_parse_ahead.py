"""The question's parse made with the sentences its answer will likely parse after retrieval, in one
run of the parser (bot/answering/parse_ahead.py): the guesses decide only when a sentence is
parsed, never what an answer says."""

import pytest

import bot.answering.answer as answer_module
from bot.answering import parsing
from bot.answering.parse_ahead import likely_sentences
from bot.answering.predicate import parse_question_ahead
from bot.answering.question import analyse
from bot.answering.speech_subjects import speakers_in
from bot.answering.withheld import withholdings

ARTICLE = """Ferry fares to rise at Kessock Quay

KESSOCK QUAY — The ferry company will raise its fares by a tenth from June, its owners said on Monday.

Ambrose told reporters the rise would pay for a second boat on the winter crossing. "We cannot run one boat on hope," she said.

Islanders said the company had not consulted them about the fares. The company declined to say how much the new boat would cost.

Harbour clerk Tomas Vell had been asked to review the fares but declined.
"""

SAID = "Ambrose told reporters the rise would pay for a second boat on the winter crossing."
WITHHELD = "The company declined to say how much the new boat would cost."


@pytest.fixture(scope="module")
def app(app_over):
    from index.statements.nlp import pipeline

    pipeline()  # parse_ahead parses only with the parser loaded (a cold `ask` loads it on demand)
    with app_over("ferry.txt", ARTICLE) as app:
        yield app


def _guesses(app, question):
    return likely_sentences(question, analyse(question, app.corpus.ledger()), app.corpus, 8)


def test_guesses_the_sentence_naming_the_speaker_and_the_best_that_may_withhold(app):
    guesses = _guesses(app, "What did Ruth Ambrose say about the fares?")
    assert guesses[0] == SAID
    assert len(guesses) <= 2 and all(g in ARTICLE for g in guesses)


@pytest.mark.parametrize("question", [
    "Who said the rise would pay for a second boat?",  # not a what-did-X-say question
    "What did the owners say about the fares?",  # a role, not a name
    "What did Ines Marrow say about the fares?",  # no sentence names her: the check parses nothing
])
def test_no_guess_where_the_check_parses_nothing(app, question):
    assert _guesses(app, question) == []


def _clear_parses():
    for kept in parsing._PARSES.values():
        kept.clear()
    speakers_in.cache_clear()
    withholdings.cache_clear()


QUESTIONS = [
    "What did Ruth Ambrose say about the fares?",
    "What did Tomas Vell say about the fares?",
    "Why did Ruth Ambrose raise the fares?",
    "What did Ines Marrow say about the fares?",
    "Who said the rise would pay for a second boat?",
]


def _answers(app):
    out = []
    for question in QUESTIONS:
        _clear_parses()
        a = app.answer(question)
        out.append((a.text, a.abstained, [(c.article_id, c.start, c.end) for c in a.citations]))
    return out


def test_answers_are_the_same_as_with_the_question_parsed_alone(app, monkeypatch):
    ahead = _answers(app)
    monkeypatch.setattr(answer_module, "parse_ahead", lambda question, q, corpus, k: parse_question_ahead(question))
    assert _answers(app) == ahead


def test_a_silent_speaker_question_runs_the_parser_once(app, monkeypatch):
    runs = []
    real = parsing._run
    monkeypatch.setattr(parsing, "_run", lambda texts, entities: runs.append(list(texts)) or real(texts, entities))
    _clear_parses()
    app.answer("What did Ruth Ambrose say about the fares?")
    assert len(runs) == 1 and SAID in runs[0]
