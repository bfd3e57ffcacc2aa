"""An article's people are read once at ingest and stored; a question reads them, not the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from index import people_store
from index.article_people import read_people

SPEC = Path(__file__).resolve().parents[1] / "spec" / "perf"  # two small invented articles
# Invented, in the styles the reader covers: a title before the name, an apposition after it,
# "said X", a job on the line above (never theirs), and a place that is no one.
PIER = """---
title: Pier to close for repairs
outlet: Example Courier
published: 2031-05-06
---
Harbour engineer Petra Lindqvist said on Monday that the pier at Cobble Point would close.

"It is not safe," said Arno Blume, a retired ferryman who has fished there for forty years.

Residents of Cobble Point said they were not consulted. Lindqvist said the work would take a month.

Mayor Dana Okoro, who chairs the harbour board, said the council would pay for the repairs.
"""


@pytest.fixture
def articles(tmp_path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for path in SPEC.glob("*.txt"):
        (folder / path.name).write_text(path.read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "pier.txt").write_text(PIER, encoding="utf-8")
    return folder


def _stored(corpus) -> dict:
    return people_store.read(corpus.conn, [a.id for a in corpus.articles()])


def _read_from_text(corpus) -> dict:
    return {a.id: read_people(a.text) for a in corpus.articles()}


def test_the_people_stored_at_ingest_are_those_read_from_the_text(fresh_app, articles):
    fresh_app.ingest([articles])
    corpus = fresh_app.corpus
    stored = _stored(corpus)
    assert stored == _read_from_text(corpus)
    assert {p.name for p in stored["pier.txt"]} == {"Petra Lindqvist", "Arno Blume", "Dana Okoro"}
    assert "retired ferryman" in next(p for p in stored["pier.txt"] if p.surname == "Blume").description
    assert people_store.is_current(corpus.conn, corpus.generation)
    assert corpus.people(["pier.txt"]) == {"pier.txt": stored["pier.txt"]}


def test_removing_or_changing_an_article_changes_its_stored_people(fresh_app, articles):
    fresh_app.ingest([articles])
    corpus = fresh_app.corpus
    corpus.remove(["dam.txt"])
    assert corpus.conn.execute("SELECT count(*) FROM article_people WHERE article_id = 'dam.txt'").fetchone()[0] == 0
    (articles / "pier.txt").write_text(PIER.replace("Arno Blume", "Arno Vesterlund").replace("Blume", "Vesterlund"),
                                       encoding="utf-8")
    fresh_app.ingest([articles / "pier.txt"])
    names = {p.name for p in corpus.people(["pier.txt"])["pier.txt"]}
    assert "Arno Vesterlund" in names and "Arno Blume" not in names
    assert _stored(corpus) == _read_from_text(corpus)
    assert people_store.is_current(corpus.conn, corpus.generation)


def test_an_index_without_stored_people_reads_them_once_on_open(tmp_path, articles):
    from bot.service import Whosaid
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "data")
    app = Whosaid(settings, seed=False)
    app.ingest([articles])
    expected = _stored(app.corpus)
    app.corpus.conn.execute("DROP TABLE article_people")  # as an index built before the table
    app.corpus.conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (people_store.READER, people_store.AT))
    assert not people_store.is_current(app.corpus.conn, app.corpus.generation)
    # Meanwhile (a process that may not write repairs nothing) questions read people from the text.
    assert app.corpus.people(["pier.txt"]) == {"pier.txt": expected["pier.txt"]}
    app.close()
    app = Whosaid(settings, seed=False)
    try:
        assert any("people" in line for line in app.corpus.repaired)
        assert people_store.is_current(app.corpus.conn, app.corpus.generation)
        assert _stored(app.corpus) == expected
    finally:
        app.close()


def test_people_stored_by_another_reader_or_generation_are_not_used(fresh_app, articles):
    fresh_app.ingest([articles])
    corpus = fresh_app.corpus
    corpus.conn.execute("UPDATE article_people SET name = 'Not Read Here' WHERE article_id = 'pier.txt'")
    corpus.conn.execute("UPDATE meta SET value = 'older' WHERE key = ?", (people_store.READER,))
    assert corpus.people(["pier.txt"]) == {"pier.txt": read_people(corpus.article("pier.txt").text)}
    # An ingest by a whosaid that kept no people moves the generation on: stored people are stale.
    people_store.mark_current(corpus.conn, corpus.generation - 1)
    assert not people_store.is_current(corpus.conn, corpus.generation)
    assert people_store.backfill(corpus.conn, corpus.generation) == 3
    assert _stored(corpus) == _read_from_text(corpus)
