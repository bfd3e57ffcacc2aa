"""Concurrency: many threads asking one `Whosaid` at once get what asking one by one gets."""

from __future__ import annotations

import threading
from concurrent.futures import ThreadPoolExecutor

QUESTIONS = [
    "Who described the current tensions around the Lachin Corridor as worrisome?",
    "What did Pashinyan say Armenia expected from Russia to unblock the Lachin Corridor?",
    "When did the blockade of the Lachin Corridor begin?",
    "In which city did Putin and Pashinyan meet on the sidelines of a Eurasian Economic Union summit?",
    "How many people live in the mountainous region affected by the blockade, according to the report?",
    "Who claimed that Armenia was illegally transporting mines through the Lachin Corridor?",
    "What did Lavrov say about the European Union mission in Armenia?",
    "What did the Kremlin say after the Pashinyan-Putin phone call?",
    "In which city did Lavrov and Bayramov give a joint news conference?",
    "What did Turkish President Erdogan say about the Lachin Corridor?",  # not covered: abstains
]
THREADS = 20


def _essence(answer) -> tuple:
    """What a user sees: the text, abstention, and every citation's place and words."""
    return (
        answer.text,
        answer.abstained,
        tuple((c.n, c.article_id, c.start, c.end, c.text) for c in answer.citations),
    )


def test_twenty_threads_asking_at_once_get_the_answers_asked_one_by_one_get(whosaid_app):
    one_by_one = {q: _essence(whosaid_app.answer(q)) for q in QUESTIONS}
    asked = [QUESTIONS[i % len(QUESTIONS)] for i in range(THREADS)]
    start = threading.Barrier(THREADS)  # every thread asks at the same moment

    def ask(question: str) -> tuple:
        start.wait(timeout=60)
        return _essence(whosaid_app.answer(question))

    with ThreadPoolExecutor(max_workers=THREADS) as pool:
        at_once = list(pool.map(ask, asked))
    for question, got in zip(asked, at_once):
        assert got == one_by_one[question], question


def test_concurrent_retrieval_returns_the_same_ranking(whosaid_app):
    corpus = whosaid_app.corpus
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
