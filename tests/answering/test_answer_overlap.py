"""A new question's embedding runs beside its parse; passages are retrieved once, when first read."""

from __future__ import annotations

import threading
from pathlib import Path

from bot.answering.answerers import Evidence

SPEC = Path(__file__).resolve().parents[1] / "spec" / "perf"  # two small invented articles


def test_evidence_given_a_retrieval_retrieves_once_when_first_read():
    calls = []
    ev = Evidence("Who closed the pier?", lambda: calls.append(1) or ["p1", "p2"], corpus=None)
    assert calls == []
    assert ev.passages == ["p1", "p2"] and ev.passages == ["p1", "p2"]
    assert calls == [1]
    assert Evidence("Who closed the pier?", ["p3"], corpus=None).passages == ["p3"]


class ThreadRecordingEmbedder:
    def __init__(self, inner):
        self.inner, self.model_id = inner, inner.model_id
        self.threads: list[tuple[str, list[str]]] = []

    def embed(self, texts, progress=None):
        self.threads.append((threading.current_thread().name, list(texts)))
        return self.inner.embed(texts)


def test_an_answer_embeds_its_question_on_the_worker_and_retrieves_once(fresh_app, monkeypatch):
    fresh_app.ingest([SPEC])
    corpus = fresh_app.corpus
    recording = ThreadRecordingEmbedder(corpus.embedder)
    corpus.embedder = recording
    retrieved = []
    real = corpus.retrieve
    monkeypatch.setattr(corpus, "retrieve", lambda q, k=None: retrieved.append(q) or real(q, k))
    question = "Who said that the repairs would take a year (asked once)?"
    try:
        answer = fresh_app.answer(question)
    finally:
        corpus.embedder = recording.inner
    assert recording.threads == [(recording.threads[0][0], [question])]
    assert recording.threads[0][0].startswith("whosaid-question")
    assert retrieved == [question]
    assert answer.citations and "Reyes" in answer.text
