"""A question's vector started ahead on a worker thread is the one later asked for, embedded once."""

from __future__ import annotations

import threading

import numpy as np
import pytest

from index.question_vectors import QuestionVectors


class SlowEmbedder:
    """Records the thread and texts of each call; waits for `release` so a test can ask meanwhile."""

    model_id = "slow"

    def __init__(self, fail: bool = False, hold: set[str] | None = None):
        self.calls: list[tuple[str, list[str]]] = []
        self.release = threading.Event()
        self.fail = fail
        self.hold = hold  # only these texts wait for `release` (None: every text)

    def embed(self, texts):
        self.calls.append((threading.current_thread().name, list(texts)))
        if self.hold is None or set(texts) & self.hold:
            self.release.wait(timeout=10)
        if self.fail:
            raise RuntimeError("the model failed")
        return np.array([[float(len(t)), 1.0] for t in texts], dtype=np.float32)


def test_a_vector_started_ahead_is_embedded_once_on_the_worker_and_waited_for():
    embedder = SlowEmbedder()
    vectors = QuestionVectors(lambda: embedder)
    vectors.ahead("Who said the pier would close?")
    vectors.ahead("Who said the pier would close?")  # already under way: not started twice
    threading.Timer(0.05, embedder.release.set).start()
    got = vectors.vector("Who said the pier would close?")  # waits for the worker's run
    assert got.tolist() == [30.0, 1.0]
    assert vectors.vector("Who said the pier would close?") is got  # kept
    assert len(embedder.calls) == 1 and embedder.calls[0][0].startswith("whosaid-question")
    vectors.close()


def test_a_question_not_started_ahead_is_embedded_on_the_asking_thread():
    embedder = SlowEmbedder()
    embedder.release.set()
    vectors = QuestionVectors(lambda: embedder)
    vectors.vector("What did the harbour master say?")
    assert embedder.calls == [(threading.current_thread().name, ["What did the harbour master say?"])]
    vectors.close()


def test_a_failed_run_ahead_raises_for_the_asker_and_is_not_kept():
    embedder = SlowEmbedder(fail=True)
    vectors = QuestionVectors(lambda: embedder)
    vectors.ahead("Who said the pier would close?")
    threading.Timer(0.05, embedder.release.set).start()
    with pytest.raises(RuntimeError, match="the model failed"):
        vectors.vector("Who said the pier would close?")
    embedder.fail = False
    assert vectors.vector("Who said the pier would close?").tolist() == [30.0, 1.0]  # tried again
    # The asker waited for the failed run, or (on a busy machine) came after it and failed too.
    assert len(embedder.calls) in (2, 3)
    vectors.close()


def test_vectors_are_kept_per_model():
    first, second = SlowEmbedder(), SlowEmbedder()
    first.release.set(), second.release.set()
    second.model_id = "other"
    current = [first]
    vectors = QuestionVectors(lambda: current[0])
    vectors.vector("Who spoke?")
    current[0] = second
    vectors.vector("Who spoke?")
    assert len(first.calls) == len(second.calls) == 1
    vectors.close()


def test_a_run_still_queued_is_taken_back_and_run_by_the_asker(monkeypatch):
    import index.question_vectors as qv

    monkeypatch.setattr(qv, "WORKERS", 1)
    embedder = SlowEmbedder(hold={"Who closed the pier?"})
    vectors = QuestionVectors(lambda: embedder)
    vectors.ahead("Who closed the pier?")  # holds the one worker until released
    vectors.ahead("Who reopened the pier?")  # queued behind it
    got = vectors.vector("Who reopened the pier?")
    assert got.tolist() == [22.0, 1.0]
    embedder.release.set()
    vectors.close()
    by = {texts[0]: thread for thread, texts in embedder.calls}
    assert len(embedder.calls) == 2 and by["Who reopened the pier?"] == threading.current_thread().name


def test_a_follow_up_runs_on_the_worker_with_the_vector_and_is_given_once_ready():
    embedder = SlowEmbedder()
    vectors = QuestionVectors(lambda: embedder)
    ran: list[tuple[str, list[float]]] = []

    def nearest(vector):
        ran.append((threading.current_thread().name, vector.tolist()))
        return [("c1", 0.9)]

    vectors.ahead("Who said the pier would close?", then=("nearest 24", nearest))
    assert vectors.after("Who said the pier would close?", "nearest 20") is None  # another tag: not started
    threading.Timer(0.05, embedder.release.set).start()
    assert vectors.after("Who said the pier would close?", "nearest 24") == [("c1", 0.9)]  # waited for
    assert len(ran) == 1 and ran[0][0].startswith("whosaid-question") and ran[0][1] == [30.0, 1.0]
    # Asked ahead again (a kept vector): the follow-up is not run twice.
    vectors.ahead("Who said the pier would close?", then=("nearest 24", nearest))
    assert vectors.after("Who said the pier would close?", "nearest 24") == [("c1", 0.9)] and len(ran) == 1
    vectors.close()


def test_a_follow_up_is_not_given_after_the_index_changed_or_when_it_failed():
    embedder = SlowEmbedder()
    embedder.release.set()
    vectors = QuestionVectors(lambda: embedder)
    vectors.ahead("Who closed the pier?", then=("nearest 24", lambda v: [("old", 0.5)]))
    vectors.vector("Who closed the pier?")
    vectors.forget_after()  # an ingest committed meanwhile
    assert vectors.after("Who closed the pier?", "nearest 24") is None
    # A kept vector asked ahead again starts the follow-up anew, on the index as it is now.
    vectors.ahead("Who closed the pier?", then=("nearest 24", lambda v: [("new", 0.5)]))
    assert vectors.after("Who closed the pier?", "nearest 24") == [("new", 0.5)]

    def broken(vector):
        raise RuntimeError("the store is busy")

    vectors.ahead("Who reopened the pier?", then=("nearest 24", broken))
    assert vectors.after("Who reopened the pier?", "nearest 24") is None  # the caller searches itself
    vectors.close()


def test_ahead_returns_once_a_worker_has_taken_the_question_up(monkeypatch):
    """The asking thread lets the worker have the GIL to start the model (not a 5 ms switch interval later)."""
    import index.question_vectors as qv

    monkeypatch.setattr(qv, "HANDOFF", 10.0)
    embedder = SlowEmbedder()
    vectors = QuestionVectors(lambda: embedder)
    vectors.ahead("Who said the pier would close?")
    run = vectors._pending[("slow", "Who said the pier would close?")]
    assert run.running() and not run.cancel()  # under way on the worker, not queued
    embedder.release.set()
    vectors.close()


def test_a_follow_up_runs_on_the_thread_that_embedded_the_question():
    embedder = SlowEmbedder()
    embedder.release.set()
    vectors = QuestionVectors(lambda: embedder)
    ran: list[str] = []
    vectors.ahead("Who said the pier would close?", then=("nearest 24", lambda v: ran.append(threading.current_thread().name) or []))
    assert vectors.after("Who said the pier would close?", "nearest 24") == []
    assert ran == [embedder.calls[0][0]] and ran[0].startswith("whosaid-question")
    vectors.close()
