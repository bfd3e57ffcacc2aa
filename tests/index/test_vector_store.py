"""The vector store reads a local Chroma directory through Chroma's engine until it first
writes, and those reads are the chromadb client's (a one-shot `ask` never imports the client:
tests/index/test_retrieval.py)."""

from __future__ import annotations

import os

import numpy as np
import pytest

from index.models import Chunk
from index.vector_store import VectorStore
from tests.conftest import make_settings

pytestmark = pytest.mark.skipif(bool(os.environ.get("CHROMA_HOST")), reason="a local Chroma directory only")


def _chunks(n: int) -> list[Chunk]:
    return [Chunk(id=f"c{i}", article_id=f"a{i % 3}", paragraph=i, start=0, end=1, text="x", sentences=()) for i in range(n)]


def _vectors(n: int, seed: int = 7) -> np.ndarray:
    v = np.random.default_rng(seed).normal(size=(n, 8)).astype(np.float32)
    return v / np.linalg.norm(v, axis=1, keepdims=True)


@pytest.fixture
def stored(tmp_path):
    settings = make_settings(tmp_path)
    store = VectorStore(settings, "test-model")
    store.add(_chunks(40), _vectors(40))
    store.flush()
    return settings


def test_a_reopened_store_reads_through_the_engine_what_the_client_reads(stored):
    reader, client = VectorStore(stored, "test-model"), VectorStore(stored, "test-model")
    assert reader._reader is not None
    client.collection  # opens the client: reads go through it from here on
    assert client._reader is None
    question = _vectors(1, seed=11)[0]
    assert reader.query(question, 5) == client.query(question, 5)
    assert [cid for cid, _ in reader.query(question, 5)] == [f"c{i}" for i in np.argsort(-(_vectors(40) @ question))[:5]]
    assert reader.count() == client.count() == 40
    assert reader.ids() == client.ids() == {f"c{i}" for i in range(40)}
    got, want = reader.get_vectors(["c3", "c9", "nope"]), client.get_vectors(["c3", "c9", "nope"])
    assert set(got) == set(want) == {"c3", "c9"}
    assert all(np.array_equal(got[k], want[k]) for k in got)


def test_after_a_write_the_store_reads_its_own_writes(stored):
    store = VectorStore(stored, "test-model")
    assert store.count() == 40
    store.add([Chunk(id="new", article_id="b", paragraph=0, start=0, end=1, text="y", sentences=())], _vectors(1, seed=3))
    assert store._reader is None
    assert store.count() == 41 and store.query(_vectors(1, seed=3)[0], 1)[0][0] == "new"
    store.delete(["new", "c0"])
    assert store.count() == 39 and "c0" not in store.ids()


def test_a_reader_opened_on_an_empty_store_reads_the_vectors_another_writer_added_since(tmp_path):
    """An `ask` that opened the store before another process's first ingest wrote its index files."""
    settings = make_settings(tmp_path)
    writer = VectorStore(settings, "test-model")
    writer.count()
    reader = VectorStore(settings, "test-model")
    assert reader._reader is not None and reader.query(_vectors(1)[0], 3) == []
    writer.add(_chunks(5), _vectors(5))
    writer.flush()
    assert [cid for cid, _ in reader.query(_vectors(5)[2], 1)] == ["c2"]
    assert reader.count() == 5 and reader._reader is not None


def test_a_new_store_is_created_by_the_client(tmp_path):
    store = VectorStore(make_settings(tmp_path), "test-model")
    assert store._reader is None and store.count() == 0



def _unsaved(settings) -> int:
    """Log records the vector index has not saved: what every new process replays before its first read."""
    import sqlite3

    db = sqlite3.connect(f"file:{settings.store.data_dir / 'chroma' / 'chroma.sqlite3'}?mode=ro", uri=True)
    try:
        saved = db.execute("SELECT m.seq_id FROM max_seq_id m JOIN segments s ON s.id = m.segment_id "
                           "WHERE s.scope = 'VECTOR'").fetchone()  # none: the index was never saved
        (last,) = db.execute("SELECT MAX(seq_id) FROM embeddings_queue").fetchone()
        return last - (saved[0] if saved else 0)
    finally:
        db.close()


def test_a_flush_after_writes_leaves_nothing_for_the_next_process_to_replay(tmp_path):
    settings = make_settings(tmp_path)
    store = VectorStore(settings, "test-model")
    store.add(_chunks(40), _vectors(40))
    store.query(_vectors(1)[0], 3)  # the engine has loaded the index, with Chroma's threshold
    store.add(_chunks(60)[40:], _vectors(60)[40:])
    assert _unsaved(settings) > 0
    store.flush()
    assert _unsaved(settings) == 0
    assert store.collection.configuration_json["hnsw"]["sync_threshold"] == 1000  # restored
    question = _vectors(1, seed=5)[0]
    want = [f"c{i}" for i in np.argsort(-(_vectors(60) @ question))[:5]]
    assert [cid for cid, _ in store.query(question, 5)] == want  # the store works on after it
    assert [cid for cid, _ in VectorStore(settings, "test-model").query(question, 5)] == want
    store.add([Chunk(id="new", article_id="b", paragraph=0, start=0, end=1, text="y", sentences=())], _vectors(1, seed=3))
    assert store.count() == 61
