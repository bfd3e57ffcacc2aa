"""Sentence vectors, computed at ingest so that answering a question embeds only the question.

The extractive answerer compares the question with each candidate sentence. The sentences
of multi-sentence chunks are embedded at ingest, in the same length-sorted pass as the
chunks, and kept in SQLite beside the chunks (written in the ingest's transaction, deleted
with their chunks). A sentence that is its whole chunk has the chunk's vector, stored there
too: one SQLite read gives a question all its candidates' vectors (reading them from the
vector store took a Chroma `get`, about 0.7 ms a question, against 0.1 ms). An index built
before either is filled in once on open (`backfill`); a whole-chunk sentence missing from
the table (an ingest by an older whosaid) is read from the vector store.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

import numpy as np

from index.models import Chunk, Span

SCHEMA = """
CREATE TABLE IF NOT EXISTS sentence_vectors (
    chunk_id TEXT NOT NULL, start INTEGER NOT NULL, "end" INTEGER NOT NULL, vector BLOB NOT NULL,
    PRIMARY KEY (chunk_id, start, "end")
)
"""
COMPLETE = "sentence_vectors_complete"  # meta key: every stored chunk's own sentences have vectors
WHOLE = "sentence_vectors_whole"  # meta key: every stored whole-chunk sentence has its chunk's vector here


def sentence_text(chunk: Chunk, span: Span) -> str:
    return chunk.text[span.start - chunk.start : span.end - chunk.start]


def is_whole_chunk(chunk: Chunk, span: Span) -> bool:
    """A sentence that is all of its chunk: its vector is the chunk's (the tokenizer ignores edge spaces)."""
    return sentence_text(chunk, span).strip() == chunk.text.strip()


def own_sentences(chunks: Iterable[Chunk]) -> list[tuple[Chunk, Span]]:
    """The sentences that need a vector of their own: those of multi-sentence chunks."""
    return [(c, s) for c in chunks for s in c.sentences if not is_whole_chunk(c, s)]


def whole_sentences(chunks: Iterable[Chunk]) -> list[tuple[Chunk, Span]]:
    """The sentences that are their whole chunk (their vector is the chunk's)."""
    return [(c, s) for c in chunks for s in c.sentences if is_whole_chunk(c, s)]


@dataclass
class PassageVectors:
    chunks: np.ndarray  # one row per chunk, in the order given
    sentences: list[tuple[str, int, int, np.ndarray]]  # (chunk id, start, end, vector)


def embed_passages(embedder, chunks: Sequence[Chunk], progress: Callable[[str, int, int], None],
                   chunks_done: Callable[[np.ndarray], None] | None = None) -> PassageVectors:
    """The chunks, then their own sentences, each in one length-sorted embedding call;
    `chunks_done(chunk vectors)` is called in between, so that the caller can store them while
    the sentences are embedded (storing them waits on the disk more than it computes)."""
    sentences = own_sentences(chunks)
    texts = [sentence_text(c, s) for c, s in sentences]
    total = len(chunks) + len(texts)
    if not total:
        return PassageVectors(np.zeros((0, 0), dtype=np.float32), [])
    vectors = embedder.embed([c.text for c in chunks], lambda done, _: progress("embedding", done, total))
    if chunks_done is not None:
        chunks_done(vectors)
    if texts:
        found = embedder.embed(texts, lambda done, _: progress("embedding", len(chunks) + done, total))
    rows = [(c.id, s.start, s.end, v) for (c, s), v in zip(sentences, found)] if texts else []
    row_of = {c.id: i for i, c in enumerate(chunks)}
    rows += [(c.id, s.start, s.end, vectors[row_of[c.id]]) for c, s in whole_sentences(chunks)]
    return PassageVectors(vectors, rows)


def create_table(conn: sqlite3.Connection) -> None:
    conn.execute(SCHEMA)


def write(conn: sqlite3.Connection, rows: Sequence[tuple[str, int, int, np.ndarray]]) -> None:
    conn.executemany(
        "INSERT OR REPLACE INTO sentence_vectors VALUES (?, ?, ?, ?)",
        [(cid, start, end, np.asarray(v, dtype=np.float32).tobytes()) for cid, start, end, v in rows],
    )


def delete(conn: sqlite3.Connection, chunk_ids: Sequence[str]) -> None:
    ids = list(chunk_ids)
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        conn.execute(f"DELETE FROM sentence_vectors WHERE chunk_id IN ({','.join('?' * len(part))})", part)


def read(conn: sqlite3.Connection, chunk_ids: Sequence[str]) -> dict[tuple[str, int, int], np.ndarray]:
    """Stored sentence vectors of these chunks, by (chunk id, start, end)."""
    out: dict[tuple[str, int, int], np.ndarray] = {}
    ids = list(dict.fromkeys(chunk_ids))
    for i in range(0, len(ids), 500):
        part = ids[i : i + 500]
        rows = conn.execute(
            f'SELECT chunk_id, start, "end", vector FROM sentence_vectors WHERE chunk_id IN ({",".join("?" * len(part))})',
            part,
        )
        for cid, start, end, blob in rows:
            out[(cid, start, end)] = np.frombuffer(blob, dtype=np.float32)
    return out


def backfill(corpus, progress: Callable[[str, int, int], None]) -> int:
    """Embed the sentences of every stored chunk once, if this index predates the table, and copy
    whole-chunk sentences' vectors from the vector store, if it predates those rows; how many.
    The corpus clears both flags when its vectors are another model's: all are made again."""
    from index import corpus_db as db

    create_table(corpus.conn)
    own, whole = db.get_meta(corpus.conn, COMPLETE) is None, db.get_meta(corpus.conn, WHOLE) is None
    if not own and not whole:
        return 0
    chunks = corpus.all_chunks()
    found: list[tuple[str, int, int, np.ndarray]] = []
    sentences = own_sentences(chunks) if own else []
    if sentences:
        vectors = corpus.embedder.embed([sentence_text(c, s) for c, s in sentences],
                                        lambda done, total: progress("embedding sentences", done, total))
        found = [(c.id, s.start, s.end, v) for (c, s), v in zip(sentences, vectors)]
    if whole:
        sentences = whole_sentences(chunks)
        stored: dict[str, np.ndarray] = {}
        for i in range(0, len(sentences), 2000):
            stored.update(corpus.vectors.get_vectors([c.id for c, _ in sentences[i : i + 2000]]))
        found += [(c.id, s.start, s.end, stored[c.id]) for c, s in sentences if c.id in stored]
    corpus.conn.execute("BEGIN IMMEDIATE")
    try:
        if own and whole:  # every row is made again: none of another model's may stay
            corpus.conn.execute("DELETE FROM sentence_vectors")
        write(corpus.conn, found)
        db.set_meta(corpus.conn, COMPLETE, 1)
        db.set_meta(corpus.conn, WHOLE, 1)
        corpus.conn.execute("COMMIT")
    except BaseException:
        corpus.conn.execute("ROLLBACK")
        raise
    return len(found)
