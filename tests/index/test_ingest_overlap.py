"""The ingest embeds passages in a thread of its own while it reads statements: a failure on
either side still ends the ingest with that error, writes nothing, and leaves no thread running."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest

import index.corpus as corpus_mod
from index.embeddings import RUNS_AHEAD, OnnxMiniLMEmbedding

THREAD = "whosaid-ingest-passages"  # index/ingest_background.py
ARTICLE = ("{name} Harbour Master Ilse Varnholt said on Monday that the {name} ferry would sail twice a day.\n\n"
           "“We heard the islanders,” Varnholt told reporters. The port board said fares would fall.")


class EmbedderDown(Exception):
    pass


class FailingEmbedder:
    model_id = "failing-test-embedder"

    def embed(self, texts, progress=None):
        raise EmbedderDown("the embedding endpoint refused the request")


class SlowEmbedder:
    """Unit vectors, one text at a time with a pause, reporting progress after each."""

    model_id = "slow-test-embedder"

    def __init__(self):
        self.embedded = 0

    def embed(self, texts, progress=None):
        out = np.zeros((len(texts), 384), dtype=np.float32)
        out[:, 0] = 1.0
        for i in range(len(texts)):
            time.sleep(0.02)
            self.embedded += 1
            if progress is not None:
                progress(i + 1, len(texts))
        return out


def _folder(tmp_path: Path, n: int) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(n):
        (folder / f"port{i:03d}.txt").write_text(ARTICLE.format(name=f"Port{i}"), encoding="utf-8")
    return folder


def _embedding_thread() -> threading.Thread | None:
    return next((t for t in threading.enumerate() if t.name == THREAD), None)


def _state(app) -> tuple:
    c = app.corpus
    return c.article_count(), c.generation, c.conn.execute("SELECT count(*) FROM statements").fetchone()[0]


def test_a_failing_embedder_stops_the_reading_and_writes_nothing(fresh_app, tmp_path, monkeypatch):
    folder = _folder(tmp_path, corpus_mod.READ_BATCH + 8)  # two batches of articles to read
    before = _state(fresh_app)
    vectors_before = fresh_app.corpus.vectors.count()
    read_batches = []
    real_extract = corpus_mod._extract_all

    def extract(articles, progress=None, unread=None):
        thread = _embedding_thread()
        if thread is not None:
            thread.join(timeout=30)  # the embedder has failed by now: the next batch must not start
        read_batches.append(len(articles))
        return real_extract(articles, progress, unread)

    monkeypatch.setattr(corpus_mod, "_extract_all", extract)
    fresh_app.corpus.embedder = FailingEmbedder()
    with pytest.raises(EmbedderDown, match="refused"):
        fresh_app.ingest([folder])
    assert read_batches in ([], [corpus_mod.READ_BATCH])  # at most the batch under way when it failed
    assert _state(fresh_app) == before and fresh_app.corpus.vectors.count() == vectors_before
    assert _embedding_thread() is None


def test_a_failing_extraction_stops_the_embedding_and_writes_nothing(fresh_app, tmp_path, monkeypatch):
    folder = _folder(tmp_path, 12)
    before = _state(fresh_app)
    slow = SlowEmbedder()

    def extract(articles, progress=None, unread=None):
        deadline = time.monotonic() + 30
        while not slow.embedded and time.monotonic() < deadline:
            time.sleep(0.01)  # the embedding is under way
        raise RuntimeError("the parser broke")

    monkeypatch.setattr(corpus_mod, "_extract_all", extract)
    fresh_app.corpus.embedder = slow
    with pytest.raises(RuntimeError, match="parser broke"):
        fresh_app.ingest([folder])
    assert _embedding_thread() is None  # stopped and joined before the error reached us
    assert 0 < slow.embedded < 12  # 12 articles: at least 12 passages to embed
    assert _state(fresh_app) == before and fresh_app.corpus.vectors.count() == 0


def test_both_stages_report_progress_and_the_ingest_is_complete(fresh_app, tmp_path):
    folder = _folder(tmp_path, 6)
    seen: list[tuple[str, int, int]] = []
    fresh_app.corpus.embedder = SlowEmbedder()
    report = fresh_app.ingest([folder], progress=lambda *step: seen.append(step))
    stages = {stage for stage, _, _ in seen}
    assert {"reading articles", "embedding"} <= stages
    for stage in ("reading articles", "embedding"):
        last = [(d, t) for s, d, t in seen if s == stage][-1]
        assert last[0] == last[1]
    assert len(report.added) == 6 and fresh_app.corpus.vectors.count() == report.chunks_added
    assert fresh_app.corpus.conn.execute("SELECT count(*) FROM statements").fetchone()[0] >= 6


def test_a_progress_callback_that_raises_ends_the_parallel_runs_early(monkeypatch):
    runs = []
    real = OnnxMiniLMEmbedding._run

    def counting(session, encodings):
        runs.append(len(encodings))
        return real(session, encodings)

    monkeypatch.setattr(OnnxMiniLMEmbedding, "_run", staticmethod(counting))

    def cancel(done, total):
        raise KeyboardInterrupt

    texts = [f"The ferry sailed on day {i} of the strike." for i in range(60)]
    with pytest.raises(KeyboardInterrupt):
        OnnxMiniLMEmbedding(embed_batch_size=1).embed(texts, cancel)
    assert len(runs) <= RUNS_AHEAD + 1 < 60  # the window under way when it stopped, never all 60
    assert not any(t.name.startswith("whosaid-embed") for t in threading.enumerate())


def test_vectors_added_before_the_extraction_failed_are_removed_at_once(fresh_app, tmp_path, monkeypatch):
    folder = _folder(tmp_path, 4)
    before = _state(fresh_app)

    def extract(articles, progress=None, unread=None):
        thread = _embedding_thread()
        if thread is not None:
            thread.join(timeout=60)  # every vector is in the store now
        assert fresh_app.corpus.vectors.count() > 0
        raise RuntimeError("the parser broke")

    monkeypatch.setattr(corpus_mod, "_extract_all", extract)
    with pytest.raises(RuntimeError, match="parser broke"):
        fresh_app.ingest([folder])
    assert fresh_app.corpus.vectors.count() == 0 and _state(fresh_app) == before
