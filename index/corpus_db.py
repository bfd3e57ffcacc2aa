"""The corpus database (SQLite): articles, chunks, statements and the generation counter.

It is the source of truth. Vectors (Chroma) and BM25 are derived from it and repaired
from it; one SQLite transaction is the moment an ingest happens.
"""

from __future__ import annotations

import hashlib
import json
import logging
import sqlite3
from datetime import date
from pathlib import Path

from index.errors import ConfigError, IndexCorruptError
from index.models import Article, Chunk, Span
from index.statements.store import create_schema, delete_statements
from index.textnorm import normalize

log = logging.getLogger(__name__)

SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY, source_path TEXT, content_hash TEXT NOT NULL, text_hash TEXT NOT NULL, title TEXT, outlet TEXT,
    published TEXT, date_confidence TEXT, url TEXT, text TEXT NOT NULL,
    paragraphs TEXT NOT NULL, subheadings TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS chunks (
    id TEXT PRIMARY KEY, article_id TEXT NOT NULL, paragraph INTEGER NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, text TEXT NOT NULL, sentences TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS chunks_by_article ON chunks(article_id, start);
CREATE INDEX IF NOT EXISTS articles_by_path ON articles(source_path);
CREATE INDEX IF NOT EXISTS articles_by_text ON articles(text_hash);
"""


def connect(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    if _lost(path):
        # A new database here would count as a first use: the vectors of every article would go as
        # "an interrupted ingest" and the seeds come back in their place, without a word.
        raise IndexCorruptError(
            f"The corpus database {path} is missing or empty, but {path.parent} holds an index built from it. "
            f"Keep a copy of {path.parent} as it is. To start a new index, set WHOSAID_DATA to a new folder "
            "(or move this one away) and `whosaid ingest` your article folders."
        )
    try:
        conn = sqlite3.connect(str(path), check_same_thread=False, isolation_level=None)
        conn.execute("PRAGMA journal_mode=WAL")
        conn.execute("PRAGMA synchronous=FULL")
        conn.executescript(SCHEMA)
        _add_article_columns(conn)
        create_schema(conn)  # the statement ledger's tables
        conn.execute("SELECT count(*) FROM articles").fetchone()
    except sqlite3.DatabaseError as err:
        if _is_permission_problem(err, path):
            raise ConfigError(
                f"Cannot write to the corpus database {path} ({err}): a permission problem, nothing is "
                f"damaged. Give yourself write permission on {path.parent} and the files in it, "
                "or run whosaid as the user who owns them."
            )
        # Never "move it aside and start again": that silently drops every article ingested.
        raise IndexCorruptError(
            f"The corpus database {path} is damaged ({err}). Keep a copy of {path.parent} as it is; "
            f"`sqlite3 {path} .recover` may save its contents. To start a new index without losing "
            "the old one, set WHOSAID_DATA to a new folder and `whosaid ingest` your article folders."
        )
    return conn


# Article fields added after the first schema, as (column, SQL type); added in place.
_LATER_ARTICLE_COLUMNS = (("published_partial", "TEXT"), ("dropped", "TEXT"))


def _add_article_columns(conn: sqlite3.Connection) -> None:
    have = {row[1] for row in conn.execute("PRAGMA table_info(articles)")}
    for name, kind in _LATER_ARTICLE_COLUMNS:
        if name not in have:
            conn.execute(f"ALTER TABLE articles ADD COLUMN {name} {kind}")


def _lost(path: Path) -> bool:
    """The database is gone or empty while what is derived from it (vectors, keyword index) is there."""
    def empty(p: Path) -> bool:
        return not p.exists() or p.stat().st_size == 0

    built = (path.parent / "chroma" / "chroma.sqlite3").exists() or any(path.parent.glob("bm25-*"))
    return built and empty(path) and empty(path.with_name(path.name + "-wal"))


def _is_permission_problem(err: sqlite3.DatabaseError, path: Path) -> bool:
    import os

    text = str(err).lower()
    if "readonly" in text or "read-only" in text or "permission" in text:
        return True
    files = [path.parent, path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
    return "unable to open" in text and any(f.exists() and not os.access(f, os.W_OK) for f in files)


def code_version(paths) -> str:
    """A hash of files whose change makes data read with them stale (each file's name and bytes,
    in the order given): stored statements and people carry the version they were read with."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + path.read_bytes())
    return digest.hexdigest()[:16]


def get_meta(conn: sqlite3.Connection, key: str, default: str | None = None) -> str | None:
    row = conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
    return row[0] if row else default


def set_meta(conn: sqlite3.Connection, key: str, value) -> None:
    conn.execute("INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)", (key, str(value)))


def _spans(raw: str) -> tuple[Span, ...]:
    return tuple(Span(a, b) for a, b in json.loads(raw))


def article_from_row(row) -> Article:
    (aid, source_path, content_hash, title, outlet, published, confidence, url, text, paragraphs, subheadings,
     partial, dropped) = row
    return Article(
        id=aid, text=text, title=title, outlet=outlet,
        published=date.fromisoformat(published) if published else None,
        date_confidence=confidence or "unknown", url=url,
        paragraphs=_spans(paragraphs), subheadings=_spans(subheadings),
        source_path=source_path, content_hash=content_hash,
        published_partial=partial, dropped=_spans(dropped or "[]"),
    )


ARTICLE_COLUMNS = (
    "id, source_path, content_hash, title, outlet, published, date_confidence, url, text, paragraphs, subheadings, "
    "published_partial, dropped"
)
CHUNK_COLUMNS = 'id, article_id, paragraph, start, "end", text, sentences'


def chunk_from_row(row) -> Chunk:
    cid, aid, paragraph, start, end, text, sentences = row
    return Chunk(cid, aid, paragraph, start, end, text, _spans(sentences))


def write_article(conn: sqlite3.Connection, a: Article) -> None:
    conn.execute(
        f"INSERT OR REPLACE INTO articles({ARTICLE_COLUMNS}, text_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (a.id, a.source_path, a.content_hash, a.title, a.outlet,
         a.published.isoformat() if a.published else None, a.date_confidence, a.url, a.text,
         json.dumps([(s.start, s.end) for s in a.paragraphs]), json.dumps([(s.start, s.end) for s in a.subheadings]),
         a.published_partial, json.dumps([(s.start, s.end) for s in a.dropped]), text_hash(a.text)),
    )


def text_hash(text: str) -> str:
    """Identity of an article's text for duplicate detection (whitespace and case folded)."""
    return hashlib.sha256(normalize(text).encode("utf-8")).hexdigest()


def write_chunks(conn: sqlite3.Connection, chunks: list[Chunk]) -> None:
    conn.executemany(
        f"INSERT OR REPLACE INTO chunks({CHUNK_COLUMNS}) VALUES (?,?,?,?,?,?,?)",
        [(c.id, c.article_id, c.paragraph, c.start, c.end, c.text, json.dumps([(s.start, s.end) for s in c.sentences]))
         for c in chunks],
    )


def delete_article(conn: sqlite3.Connection, article_id: str) -> list[str]:
    ids = [r[0] for r in conn.execute("SELECT id FROM chunks WHERE article_id = ?", (article_id,))]
    conn.execute("DELETE FROM chunks WHERE article_id = ?", (article_id,))
    conn.execute("DELETE FROM articles WHERE id = ?", (article_id,))
    delete_statements(conn, article_id)
    return ids


def checkpoint(conn: sqlite3.Connection) -> None:
    """Move committed pages from the write-ahead log into the database file, after a write.

    The commands exit without closing the database, which would do this: the index then lived
    in `corpus.sqlite3-wal`, and a backup of `corpus.sqlite3` (or a deleted "-wal") held nothing.
    A reader that holds old pages only makes the move partial; the next write finishes it."""
    if conn.in_transaction:
        return
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error as err:
        log.info("could not checkpoint the corpus database: %s", err)
