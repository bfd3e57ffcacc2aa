"""The SQLite ledger: round trip, per-article replace and delete, no commits, speaker lookup."""

import sqlite3
from datetime import date

import pytest

from bench.statements_quality import load_seeds
from index.statements.extract import extract, extract_with_aliases
from index.statements.store import Ledger, create_schema, delete_statements, replace_statements


@pytest.fixture(scope="module")
def seeds():
    return load_seeds()


@pytest.fixture()
def conn(seeds):
    c = sqlite3.connect(":memory:", isolation_level=None)
    create_schema(c)
    c.execute("BEGIN")
    for a in seeds:
        replace_statements(c, a.id, extract(a))
    c.execute("COMMIT")
    yield c
    c.close()


def test_round_trip_returns_equal_statements(seeds):
    c = sqlite3.connect(":memory:")
    create_schema(c)
    stmts = extract(seeds[4])
    replace_statements(c, seeds[4].id, stmts)
    assert Ledger(c).statements_for_article(seeds[4].id) == sorted(stmts, key=lambda s: s.start)


def test_replace_statements_does_not_commit(tmp_path, seeds):
    path = tmp_path / "corpus.db"
    c = sqlite3.connect(path)
    create_schema(c)
    c.commit()
    replace_statements(c, seeds[0].id, extract(seeds[0]))
    other = sqlite3.connect(path)
    assert other.execute("SELECT COUNT(*) FROM statements").fetchone()[0] == 0
    c.rollback()
    assert c.execute("SELECT COUNT(*) FROM statements").fetchone()[0] == 0


def test_replace_touches_only_its_article(conn, seeds):
    before = len(Ledger(conn).statements())
    replace_statements(conn, seeds[0].id, extract(seeds[0])[:1])
    after = Ledger(conn)
    assert len(after.statements_for_article(seeds[0].id)) == 1
    assert len(after.statements()) == before - len(extract(seeds[0])) + 1


def test_delete_removes_statements_and_aliases(conn, seeds):
    delete_statements(conn, seeds[4].id)
    ledger = Ledger(conn)
    assert ledger.statements_for_article(seeds[4].id) == []
    assert ledger.resolve_speaker("Peskov") is None


def test_speaker_filter_accepts_surname_role_and_casefolded_name(conn):
    ledger = Ledger(conn)
    for name in ("Lavrov", "Russia's top diplomat", "sergey lavrov", "the Russian foreign minister"):
        assert ledger.resolve_speaker(name) == "Sergey Lavrov"
    assert {s.speaker for s in ledger.statements(speaker="Lavrov")} == {"Sergey Lavrov"}


def test_lavrov_statements_sorted_by_date_with_offsets_slicing_the_quote(conn, seeds):
    texts = {a.id: a.text for a in seeds}
    found = Ledger(conn).statements(speaker="Lavrov")
    assert {s.article_id[:3] for s in found} == {"000", "003"}
    dated = [s.when_start for s in found if s.when_start]
    assert dated == sorted(dated)
    assert {date(2023, 1, 17), date(2023, 1, 18), date(2023, 2, 28)} <= set(dated)
    for s in found:
        assert s.content in texts[s.article_id][s.start:s.end]


def test_variant_spelling_across_articles_is_one_speaker(conn):
    ledger = Ledger(conn)
    assert ledger.resolve_speaker("Jeyhum Bayramov") == "Jeyhun Bayramov"
    assert "Jeyhum Bayramov" not in ledger.speakers()
    assert {s.article_id[:3] for s in ledger.statements(speaker="Bayramov")} >= {"000", "001", "003"}


def test_unknown_speaker_resolves_to_none_and_no_statements(conn):
    ledger = Ledger(conn)
    assert ledger.resolve_speaker("Emmanuel Macron") is None
    assert ledger.statements(speaker="Emmanuel Macron") == []


def test_date_and_topic_filters(conn):
    ledger = Ledger(conn)
    feb = ledger.statements(since=date(2023, 2, 1), until=date(2023, 2, 28))
    assert feb and all(date(2023, 2, 1) <= s.when_start <= date(2023, 2, 28) for s in feb)
    assert all("checkpoint" in s.content.lower() for s in ledger.statements(topic="checkpoints"))


def test_extractor_aliases_can_be_stored_too(seeds):
    c = sqlite3.connect(":memory:")
    create_schema(c)
    stmts, aliases = extract_with_aliases(seeds[3])
    replace_statements(c, seeds[3].id, stmts, aliases)
    assert Ledger(c).resolve_speaker("the Russian foreign minister") == "Sergey Lavrov"


def test_create_schema_is_idempotent():
    c = sqlite3.connect(":memory:")
    create_schema(c)
    create_schema(c)
    assert Ledger(c).speakers() == []


def test_ingest_path_stores_the_extractors_role_aliases(seeds):
    from index.statements.extract import extract_statements

    c = sqlite3.connect(":memory:")
    create_schema(c)
    replace_statements(c, seeds[3].id, extract_statements(seeds[3]))
    assert Ledger(c).resolve_speaker("the Russian foreign minister") == "Sergey Lavrov"
