"""The vector store seam: Chroma (embedded, or a `chroma run` server), spoken to directly.

Only ids, vectors and a little metadata go in; texts live in SQLite. Going through
LlamaIndex's ChromaVectorStore cost a second of imports on every `whosaid ask` and
nothing else here needs it.

Collections are created with `embedding_function=None`: we pass vectors ourselves, since
Chroma's default embedding function would try to download a model. Each embedding model
gets its own collection, so vectors of two models never mix.
"""

from __future__ import annotations

import logging
import math
import re
import shutil
import sqlite3
from collections.abc import Sequence
from contextlib import closing
from pathlib import Path

import numpy as np

from index.errors import ConfigError, VectorStoreError
from index.models import Chunk
from index.settings import Settings

log = logging.getLogger(__name__)


def collection_name(model_id: str) -> str:
    slug = re.sub(r"[^a-zA-Z0-9_-]+", "-", model_id).strip("-_")[:50]
    return f"whosaid-{slug}"


def make_client(settings: Settings):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    chroma_settings = ChromaSettings(anonymized_telemetry=False)
    if settings.store.chroma_host:
        try:
            return chromadb.HttpClient(host=settings.store.chroma_host, port=settings.store.chroma_port, settings=chroma_settings)
        except Exception as err:
            raise ConfigError(
                f"Cannot reach the Chroma server at {settings.store.chroma_host}:{settings.store.chroma_port} ({err}). "
                "Start it with `chroma run --host 127.0.0.1 --port 8000` or unset CHROMA_HOST."
            )
    path = Path(settings.store.data_dir) / "chroma"
    path.mkdir(parents=True, exist_ok=True)
    try:
        return chromadb.PersistentClient(path=str(path), settings=chroma_settings)
    except Exception as err:
        raise VectorStoreError(
            f"The vector store in {path} cannot be opened ({type(err).__name__}). "
            "Run `whosaid rebuild` to rebuild it from the articles."
        )


class VectorStore:
    """Chunk vectors in one Chroma collection; ids are chunk ids.

    A local store is read through Chroma's engine directly (index/chroma_reader.py) until this
    process first writes: the chromadb client, whose import is most of a cold `ask`, is then
    opened and serves every later read too, so reads always see this process's writes."""

    def __init__(self, settings: Settings, model_id: str, collection_prefix: str = ""):
        self.settings = settings
        self.model_id = model_id
        self.prefix = collection_prefix
        self.name = collection_prefix + collection_name(model_id)
        self._client = None
        self._collection = None
        self._reader = self._open_reader()
        if self._reader is None:
            self._open_collection()

    def _open_reader(self):
        if self.settings.store.chroma_host:
            return None
        from index.chroma_reader import open_reader

        return open_reader(Path(self.settings.store.data_dir) / "chroma", self.name)

    def _open_collection(self) -> None:
        self._client = make_client(self.settings)
        try:
            self._collection = self._client.get_or_create_collection(
                self.name, embedding_function=None, metadata={"hnsw:space": "cosine", "model": self.model_id}
            )
        except Exception as err:
            raise VectorStoreError(
                f"The vector collection {self.name} cannot be opened ({type(err).__name__}: {err}). "
                "Run `whosaid rebuild` to rebuild it from the articles."
            )

    @property
    def client(self):
        if self._client is None:
            self._open_collection()
        return self._client

    @property
    def collection(self):
        """The chromadb collection, for writing: from here on reads go through it too."""
        self._reader = None  # (before the client opens: one engine on the directory at a time)
        if self._collection is None:
            self._open_collection()
        return self._collection

    def close(self) -> None:
        """Let go of Chroma's engine: it keeps the store's sqlite and index files open until its last
        client closes, so a process that opens many indexes (a test run, a server) would run out of
        file descriptors."""
        self._reader = None
        client, self._client, self._collection = self._client, None, None
        if client is not None and hasattr(client, "close"):
            client.close()

    def add(self, chunks: Sequence[Chunk], vectors: np.ndarray) -> None:
        chunks = list(chunks)
        for i in range(0, len(chunks), 2000):
            part = chunks[i : i + 2000]
            self.collection.upsert(
                ids=[c.id for c in part],
                embeddings=np.asarray(vectors[i : i + 2000], dtype=np.float32),
                metadatas=[{"article_id": c.article_id, "paragraph": c.paragraph} for c in part],
            )

    def get_vectors(self, ids: Sequence[str]) -> dict[str, np.ndarray]:
        """The stored vectors of these chunk ids (ids Chroma does not hold are left out)."""
        ids = list(dict.fromkeys(ids))
        if not ids:
            return {}
        def by_client(collection):
            got = collection.get(ids=ids, include=["embeddings"])
            return got["ids"], got["embeddings"]

        got_ids, embeddings = self._read(lambda reader: reader.get(ids, embeddings=True), by_client)
        return {cid: np.asarray(v, dtype=np.float32) for cid, v in zip(got_ids, embeddings)}

    def delete(self, ids: Sequence[str]) -> None:
        ids = list(ids)
        for i in range(0, len(ids), 2000):
            self.collection.delete(ids=ids[i : i + 2000])

    def query(self, vector: np.ndarray, k: int) -> list[tuple[str, float]]:
        """The k nearest chunk ids, with LlamaIndex's similarity for Chroma, exp(-distance)."""
        # Ids and distances only: going through ChromaVectorStore.query also fetched every hit's
        # text and metadata and rebuilt nodes from them, and a count() came first; at 40,000
        # chunks that was about 10 ms of a 16 ms retrieval. Chroma answers an empty collection
        # with no hits.
        def by_client(collection):
            result = collection.query(query_embeddings=[vector.tolist()], n_results=k, include=["distances"])
            return (result.get("ids") or [[]])[0], (result.get("distances") or [[]])[0]

        ids, distances = self._read(lambda reader: reader.query(vector.tolist(), k), by_client)
        return [(cid, math.exp(-d)) for cid, d in zip(ids, distances)]

    def ids(self) -> set[str]:
        out: set[str] = set()
        offset = 0
        while True:
            batch = self._read(lambda reader: reader.get(limit=5000, offset=offset)[0],
                               lambda collection: collection.get(include=[], limit=5000, offset=offset)["ids"])
            out.update(batch)
            if len(batch) < 5000:
                return out
            offset += len(batch)

    def count(self) -> int:
        return self._read(lambda reader: reader.count(), lambda collection: collection.count())

    def _read(self, by_reader, by_client):
        """A read through the engine while this process has not written, else through the client.

        A reader that opened the collection before it had any index files (an empty store, whose
        first ingest another process is running) cannot read the index written since ("Nothing
        found on disk"), and neither can a client: a reader opened anew can. If that fails too,
        the client reads, and reports what is wrong with the store."""
        for _ in range(2):
            if self._reader is None:
                break
            try:
                return by_reader(self._reader)
            except Exception:
                log.debug("reading %s again with a new reader", self.name, exc_info=True)
                self._reader = None
                self._reader = self._open_reader()
        return by_client(self.collection)

    def flush(self) -> None:
        """Write the vectors added since Chroma last saved its HNSW index into that index on disk.

        Chroma saves the index every `sync_threshold` (1,000) additions and keeps the rest in its
        log, which every new process replays before its first query: up to 999 inserts, 0.6-0.9 s
        of each cold `whosaid ask` at 1,000 articles. After an ingest, the threshold is lowered for
        one rewrite of a stored vector (its own values), which saves the index, and then restored.

        Chroma's engine reads a collection's threshold when it first loads the index and keeps it:
        lowered on the client that has been writing, it was never used, and every index was left
        with up to 999 vectors to replay at each open (0.2 s of CPU at 1,000 articles). So the
        client is closed after lowering it, and the rewrite goes through a new one, whose engine
        loads the index (replaying the log once) with the lowered threshold."""
        try:
            hnsw = (getattr(self.collection, "configuration_json", None) or {}).get("hnsw") or {}
            threshold = hnsw.get("sync_threshold") or 0
            threshold = threshold if threshold > 1 else 1000  # (1: a flush interrupted before it restored it)
            if self.collection.count() == 0:
                return
            self.collection.modify(configuration={"hnsw": {"sync_threshold": 1}})
            try:
                self._reopen_client()
                one = self.collection.get(limit=1, include=["embeddings", "metadatas"])
                self.collection.upsert(ids=one["ids"], embeddings=np.asarray(one["embeddings"], dtype=np.float32),
                                       metadatas=one["metadatas"])
                self.collection.count()  # the log is applied (and the index saved) when next read
            finally:
                self.collection.modify(configuration={"hnsw": {"sync_threshold": threshold}})
        except Exception:  # an optimisation only (a Chroma server may not allow it): never fail an ingest
            log.debug("could not save the vector index after an ingest", exc_info=True)

    def _reopen_client(self) -> None:
        """Close this store's client and open a new one: a new engine, unless another client of
        this process still holds the directory (the engine stops with its last client)."""
        close = getattr(self._client, "close", None)  # (chromadb releases before 1.4 have none)
        if self.settings.store.chroma_host or close is None:
            return  # a server keeps its own engine
        close()
        self._client = self._collection = None

    def drop_model(self, model_id: str) -> str | None:
        """Delete another embedding model's collection of this store (its vectors are of no use once
        this model's are complete); gives its name, or None if there was none."""
        name = self.prefix + collection_name(model_id)
        if name == self.name:
            return None
        try:
            self.client.get_collection(name)
        except Exception:  # none by that name (deleted before a crash, or never made here)
            return None
        folders = self._segment_folders(name)
        self.client.delete_collection(name)
        for folder in folders:  # Chroma deletes the collection's records but leaves its files
            shutil.rmtree(folder, ignore_errors=True)
        return name

    def _segment_folders(self, name: str) -> list[Path]:
        """The folders of a local store that hold collection `name`'s files (one per segment), read
        from Chroma's own tables; none if they cannot be read (another layout: the files stay)."""
        if self.settings.store.chroma_host:
            return []
        path = Path(self.settings.store.data_dir) / "chroma"
        try:
            with closing(sqlite3.connect(f"file:{path / 'chroma.sqlite3'}?mode=ro", uri=True)) as conn:
                rows = conn.execute("SELECT s.id FROM segments s JOIN collections c ON s.collection = c.id "
                                    "WHERE c.name = ?", (name,)).fetchall()
        except sqlite3.Error:
            log.debug("could not read the segments of %s", name, exc_info=True)
            return []
        return [path / r[0] for r in rows if r[0] and "/" not in r[0] and r[0] not in (".", "..")]

    def reset(self) -> None:
        """Drop and recreate the collection (used by rebuild)."""
        meta = self.collection.metadata
        self.client.delete_collection(self.name)
        self._collection = self.client.get_or_create_collection(self.name, embedding_function=None, metadata=meta)
