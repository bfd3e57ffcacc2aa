"""The answer's dense search runs on the worker right after the question is embedded: the same
ranking as a search on the asking thread, and never one made before an ingest changed the index."""

from __future__ import annotations

import shutil
from pathlib import Path

SPEC = Path(__file__).resolve().parents[1] / "spec" / "perf"  # two small invented articles
# Invented: an article that answers the question better than either of the two above.
BAKERY = """---
title: Bakery closes after flood
outlet: Example Courier
published: 2031-06-01
---
The bakery on Mill Lane closed on Monday after the flood, its owner Ada Brenner said.

"The ovens are under water," Brenner said. The council said it would help with the repairs.
"""
QUESTION = "Why did the bakery on Mill Lane close?"


def _articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in SPEC.glob("*.txt"):
        shutil.copy(path, folder / path.name)
    return folder


def test_the_search_run_ahead_is_the_one_the_asking_thread_would_run(fresh_app, tmp_path):
    fresh_app.ingest([_articles(tmp_path)])
    corpus = fresh_app.corpus
    corpus.embed_question_ahead(QUESTION, 8)
    ahead = corpus._questions.after(QUESTION, "nearest 24")
    assert ahead, "the search ran on the worker"
    assert ahead == corpus.vectors.query(corpus.question_vector(QUESTION), 24)
    assert corpus.nearest(QUESTION, 24) == ahead
    assert corpus.nearest(QUESTION, 20) == corpus.vectors.query(corpus.question_vector(QUESTION), 20)  # none ahead


def test_an_ingest_after_the_search_ahead_is_seen_by_the_retrieval(fresh_app, tmp_path):
    folder = _articles(tmp_path)
    fresh_app.ingest([folder])
    corpus = fresh_app.corpus
    corpus.embed_question_ahead(QUESTION, 8)
    assert corpus._questions.after(QUESTION, "nearest 24")  # done before the ingest
    (folder / "bakery.txt").write_text(BAKERY, encoding="utf-8")
    fresh_app.ingest([folder])
    hits = corpus.retrieve(QUESTION, 8)
    assert hits[0].chunk.article_id == "bakery.txt" and hits[0].dense_rank == 1
