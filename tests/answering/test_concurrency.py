"""Concurrency: many threads asking one `Whosaid` at once get what asking one by one gets."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from conftest import make_settings

SPEC = Path(__file__).resolve().parents[1] / "spec" / "llm"  # two small invented articles

QUESTIONS = [
    "Who said the ferry fares would rise?",
    "When will the harbour bridge reopen?",
    "What did Brandt say about fuel?",
    "How many vehicles does the bridge carry a day?",
    "What did Okonkwo say about the repairs?",
    "Who criticised the fare increase?",
    "Where did Okonkwo speak to reporters?",
    "What did the mayor say about tourism?",
]
THREADS = 20


@pytest.fixture(scope="module")
def spec_app(tmp_path_factory):
    from bot.service import Whosaid

    app = Whosaid(make_settings(tmp_path_factory.mktemp("concurrency"), WHOSAID_SEEDS=str(SPEC)))
    yield app
    app.close()


def _essence(answer) -> tuple:
    """What a user sees: the text, abstention, and every citation's place and words."""
    return (
        answer.text,
        answer.abstained,
        tuple((c.n, c.article_id, c.start, c.end, c.text) for c in answer.citations),
    )


def test_twenty_threads_asking_at_once_get_the_answers_asked_one_by_one_get(spec_app):
    one_by_one = {q: _essence(spec_app.answer(q)) for q in QUESTIONS}
    asked = [QUESTIONS[i % len(QUESTIONS)] for i in range(THREADS)]
    start = threading.Barrier(THREADS)  # every thread asks at the same moment

    def ask(question: str) -> tuple:
        start.wait(timeout=60)
        return _essence(spec_app.answer(question))

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        at_once = list(pool.map(ask, asked))
    for question, got in zip(asked, at_once):
        assert got == one_by_one[question], question


def test_concurrent_retrieval_returns_the_same_ranking(spec_app):
    corpus = spec_app.corpus
    expected = {q: [(h.chunk.id, h.score) for h in corpus.retrieve(q)] for q in QUESTIONS}
    asked = [QUESTIONS[i % len(QUESTIONS)] for i in range(THREADS)]
    start = threading.Barrier(THREADS)

    def retrieve(question: str) -> list:
        start.wait(timeout=60)
        return [(h.chunk.id, h.score) for h in corpus.retrieve(question)]

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        got = list(pool.map(retrieve, asked))
    for question, ranking in zip(asked, got):
        assert ranking == expected[question], question
