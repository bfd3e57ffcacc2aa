"""Each article's people (index/article_people.py), read once at ingest and kept in SQLite.

Written in the ingest's transaction beside the article, deleted with it. The stored people are
used only while they are *current*: read by this version of the reader (a hash of its code and
of the vocabulary it reads) and complete at the corpus's generation. An index built before the
table existed, by another reader, or changed by a whosaid that did not keep people, is read
again once on open (`backfill`, about half a millisecond an article); until then, and in a
process that may not write, a question reads its articles' people from their text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from functools import cache
from pathlib import Path

from index.article_people import Person, read_people

SCHEMA = """
CREATE TABLE IF NOT EXISTS article_people (
    article_id TEXT NOT NULL, n INTEGER NOT NULL, name TEXT NOT NULL, description TEXT NOT NULL,
    terms TEXT NOT NULL, jobs TEXT NOT NULL, PRIMARY KEY (article_id, n)
)
"""
READER = "people_reader"  # meta: the reader version the stored people were read with
AT = "people_generation"  # meta: the generation at which every stored article's people are stored
# What a person's reading depends on besides the article: the reader, its words and its stemming.
_SOURCES = ("article_people.py", "statements/signature_block.py", "vocabulary.py", "vocabulary.yaml", "sparse.py")


@cache
def reader_version() -> str:
    """A hash of the reader's code and words, once per process (the code it runs is loaded once)."""
    from index import corpus_db as db

    return db.code_version(Path(__file__).resolve().parent / name for name in _SOURCES)


def create_table(conn: sqlite3.Connection) -> None:
    conn.execute(SCHEMA)


def is_current(conn: sqlite3.Connection, generation: int) -> bool:
    """Whether the stored people are this reader's and complete at `generation`."""
    from index import corpus_db as db

    return db.get_meta(conn, READER) == reader_version() and db.get_meta(conn, AT) == str(generation)


def mark_current(conn: sqlite3.Connection, generation: int) -> None:
    from index import corpus_db as db

    db.set_meta(conn, READER, reader_version())
    db.set_meta(conn, AT, generation)


def write(conn: sqlite3.Connection, article_id: str, people: Iterable[Person]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO article_people VALUES (?, ?, ?, ?, ?, ?)",
        [(article_id, n, p.name, p.description, " ".join(sorted(p.terms)), " ".join(sorted(p.jobs)))
         for n, p in enumerate(people)],
    )


def delete(conn: sqlite3.Connection, article_ids: Sequence[str]) -> None:
    ids = list(article_ids)
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        conn.execute(f"DELETE FROM article_people WHERE article_id IN ({','.join('?' * len(part))})", part)


def read(conn: sqlite3.Connection, article_ids: Sequence[str]) -> dict[str, tuple[Person, ...]]:
    """The stored people of these articles, in the order the reader found them (none: empty)."""
    found: dict[str, list[tuple[int, Person]]] = {aid: [] for aid in article_ids}
    ids = list(found)
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        rows = conn.execute(
            "SELECT article_id, n, name, description, terms, jobs FROM article_people "
            f"WHERE article_id IN ({','.join('?' * len(part))})", part,
        )
        for aid, n, name, description, terms, jobs in rows:
            found[aid].append((n, Person(name, name.split()[-1], description, frozenset(terms.split()),
                                         frozenset(jobs.split()))))
    return {aid: tuple(p for _, p in sorted(people, key=lambda x: x[0])) for aid, people in found.items()}


def backfill(conn: sqlite3.Connection, generation: int) -> int:
    """Read the people of every stored article again unless they are current; how many articles."""
    create_table(conn)
    if is_current(conn, generation):
        return 0
    read_all = [(aid, read_people(text)) for aid, text in conn.execute("SELECT id, text FROM articles").fetchall()]
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.execute("DELETE FROM article_people")
        for aid, people in read_all:
            write(conn, aid, people)
        mark_current(conn, generation)
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return len(read_all)
