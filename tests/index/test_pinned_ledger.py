"""An answer asks SQLite once whether the database changed (index/pinned_ledger.py): inside
`pinned()` the ledger's version runs no query, this connection's writes still move it, and
another process's commits are seen by the next answer."""

import sqlite3

from index.models import Statement
from index.pinned_ledger import PinnedLedger
from index.statements.extract import statement_id
from index.statements.store import create_schema, replace_statements

from tests.conftest import make_settings


def _statement(article_id: str, speaker: str, content: str) -> Statement:
    return Statement(id=statement_id(article_id, 0, 80, speaker), article_id=article_id, speaker=speaker,
                     speaker_as_written=speaker, act="said", content=content, quote_type="indirect", start=0, end=80)


def _connections(tmp_path):
    path = tmp_path / "ledger.sqlite3"
    ours = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    create_schema(ours)
    theirs = sqlite3.connect(path, isolation_level=None)  # another process's connection
    return ours, theirs


def _pragmas(conn) -> list[str]:
    seen: list[str] = []
    conn.set_trace_callback(lambda sql: seen.append(sql) if "data_version" in sql else None)
    return seen


def test_a_pinned_version_reads_no_sql_and_follows_this_connections_writes(tmp_path):
    ours, _ = _connections(tmp_path)
    ledger = PinnedLedger(ours)
    seen = _pragmas(ours)
    with ledger.pinned():
        first = ledger.version()
        assert ledger.version() == first and len(seen) == 1  # the one read on entry
        replace_statements(ours, "a1", [_statement("a1", "Ines Quenby", "the reservoir at Marrowfield is full")])
        assert ledger.version() != first  # our own write: tables read before it are not reused
        with ledger.pinned():  # reentrant
            ledger.version()
        assert len(seen) == 1
    ledger.version()
    assert len(seen) == 2  # unpinned: asked each time, as before


def test_another_connections_commit_is_seen_by_the_next_answer(tmp_path):
    ours, theirs = _connections(tmp_path)
    ledger = PinnedLedger(ours)
    with ledger.pinned():
        assert ledger.resolve_speaker("Ines Quenby") is None
        replace_statements(theirs, "a1", [_statement("a1", "Ines Quenby", "the reservoir at Marrowfield is full")])
        assert ledger.resolve_speaker("Ines Quenby") is None  # this answer reads the ledger as it began
    with ledger.pinned():
        assert ledger.resolve_speaker("Ines Quenby") == "Ines Quenby"
        assert ledger.resolve_speaker("Quenby") == "Ines Quenby"  # the speaker table, read again


ARTICLE = """---
title: Reservoir levels at Marrowfield
published: 2031-04-02
---
The Keswold water board said on Tuesday that the Marrowfield reservoir was full for the first time in six years.
"We will lift the hosepipe ban from Friday," said Ines Quenby, the board's chief engineer.
"""


def test_an_article_another_process_ingests_is_in_the_ledger_of_the_next_answer(fresh_app, tmp_path):
    from bot.service import Whosaid

    fresh_app.warm_up().join(timeout=300)
    ledger = fresh_app.corpus.ledger()
    fresh_app.answer("What did Ines Quenby say about the hosepipe ban?")
    with ledger.pinned():
        assert ledger.resolve_speaker("Quenby") is None  # (kept as unknown at this version)
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "reservoir.md").write_text(ARTICLE, encoding="utf-8")
    other = Whosaid(make_settings(tmp_path / "data"), seed=False)  # a second process on the same index
    try:
        other.ingest([folder])
    finally:
        other.close()
    seen = []
    real = ledger.resolve_speaker
    ledger.resolve_speaker = lambda name: seen.append((name, real(name))) or seen[-1][1]
    try:
        fresh_app.answer("What did Ines Quenby say about the hosepipe ban?")
    finally:
        del ledger.resolve_speaker
    assert ("Ines Quenby", "Ines Quenby") in seen  # the answer's own lookups see the new speaker
    with ledger.pinned():
        assert ledger.resolve_speaker("Quenby") == "Ines Quenby"
        assert any("hosepipe ban" in st.content for st in ledger.statements(speaker="Quenby"))


def test_the_generation_is_read_again_after_another_connections_commit(fresh_app, tmp_path):
    from index import corpus_db as db

    corpus = fresh_app.corpus
    start = corpus.generation
    seen = _pragmas(corpus.conn)
    with corpus.ledger().pinned():
        assert corpus.generation == start and corpus.generation == start
    assert len(seen) == 1
    theirs = sqlite3.connect(tmp_path / "data" / "corpus.sqlite3", isolation_level=None)
    db.set_meta(theirs, "generation", start + 5)
    theirs.close()
    assert corpus.generation == start + 5


def test_an_articles_statements_are_read_once_an_answer_and_again_after_a_change(tmp_path):
    ours, theirs = _connections(tmp_path)
    ledger = PinnedLedger(ours)
    replace_statements(ours, "a1", [_statement("a1", "Ines Quenby", "the reservoir at Marrowfield is full")])
    reads: list[str] = []
    ours.set_trace_callback(lambda sql: reads.append(sql) if "FROM statements WHERE article_id" in sql else None)
    with ledger.pinned():
        first = ledger.statements_for_article("a1")
        assert ledger.statements_for_article("a1") == first and len(reads) == 1
        first.clear()  # a caller's list is its own
        assert [st.speaker for st in ledger.statements_for_article("a1")] == ["Ines Quenby"]
        replace_statements(ours, "a1", [_statement("a1", "Tam Keswold", "the hosepipe ban ends on Friday")])
        assert [st.speaker for st in ledger.statements_for_article("a1")] == ["Tam Keswold"]  # our own write
    replace_statements(theirs, "a1", [_statement("a1", "Ines Quenby", "the ban may return in August")])
    with ledger.pinned():
        assert [st.content for st in ledger.statements_for_article("a1")] == ["the ban may return in August"]
