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
from collections.abc import Sequence
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
    """Chunk vectors in one Chroma collection; ids are chunk ids."""

    def __init__(self, settings: Settings, model_id: str, collection_prefix: str = ""):
        self.client = make_client(settings)
        self.name = collection_prefix + collection_name(model_id)
        try:
            self.collection = self.client.get_or_create_collection(
                self.name, embedding_function=None, metadata={"hnsw:space": "cosine", "model": model_id}
            )
        except Exception as err:
            raise VectorStoreError(
                f"The vector collection {self.name} cannot be opened ({type(err).__name__}: {err}). "
                "Run `whosaid rebuild` to rebuild it from the articles."
            )

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
        got = self.collection.get(ids=ids, include=["embeddings"])
        return {cid: np.asarray(v, dtype=np.float32) for cid, v in zip(got["ids"], got["embeddings"])}

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
        result = self.collection.query(query_embeddings=[vector.tolist()], n_results=k, include=["distances"])
        ids, distances = (result.get("ids") or [[]])[0], (result.get("distances") or [[]])[0]
        return [(cid, math.exp(-d)) for cid, d in zip(ids, distances)]

    def ids(self) -> set[str]:
        out: set[str] = set()
        offset = 0
        while True:
            batch = self.collection.get(include=[], limit=5000, offset=offset)["ids"]
            out.update(batch)
            if len(batch) < 5000:
                return out
            offset += len(batch)

    def count(self) -> int:
        return self.collection.count()

    def reset(self) -> None:
        """Drop and recreate the collection (used by rebuild)."""
        meta = self.collection.metadata
        self.client.delete_collection(self.name)
        self.collection = self.client.get_or_create_collection(self.name, embedding_function=None, metadata=meta)
