"""Reads of a local Chroma store through Chroma's own engine, without its Python client.

`chromadb`'s Python package is a thin layer over its Rust engine (`chromadb_rust_bindings`,
shipped inside the same wheel), but importing it costs about 0.6 s of CPU (its API types,
telemetry and gRPC exporters, the embedding functions of a dozen providers), most of a cold
`whosaid ask`. A process that only reads (an `ask`, a REPL before any ingest) queries the
same store through the same engine by calling the bindings as the client does
(chromadb/api/rust.py), which imports in 0.03 s. Writes always go through the client.

When anything here does not fit (another chromadb release, a store this engine would have to
migrate, no such collection yet) `open_reader` returns None and the caller uses the client.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path

log = logging.getLogger(__name__)

TENANT = "default_tenant"  # chromadb.config.DEFAULT_TENANT / DEFAULT_DATABASE
DATABASE = "default_database"


class ChromaReader:
    """One collection of a persistent Chroma directory, read-only: query, get, count."""

    def __init__(self, bindings, collection_id: str):
        self._bindings = bindings
        self._id = collection_id

    def query(self, vector: Sequence[float], k: int) -> tuple[list[str], list[float]]:
        """Ids and distances of the k nearest vectors."""
        got = self._bindings.query(self._id, None, [list(vector)], k, None, None, ["distances"], TENANT, DATABASE)
        return (got.ids or [[]])[0], (got.distances or [[]])[0]

    def get(self, ids: list[str] | None = None, limit: int | None = None, offset: int = 0,
            embeddings: bool = False) -> tuple[list[str], list]:
        """Ids (and their vectors) of these ids, or of a page of the collection."""
        include = ["embeddings"] if embeddings else []
        got = self._bindings.get(self._id, ids, None, limit, offset, None, include, TENANT, DATABASE)
        return list(got.ids), list(got.embeddings) if embeddings and got.embeddings is not None else []

    def count(self) -> int:
        return self._bindings.count(self._id, TENANT, DATABASE)


def open_reader(path: Path, name: str) -> ChromaReader | None:
    """A reader of collection `name` in the persistent Chroma directory `path`, or None."""
    if not (Path(path) / "chroma.sqlite3").is_file():
        return None  # a new store: the client creates it
    try:
        import resource

        import chromadb_rust_bindings as rust

        # As chromadb.api.rust.RustBindingsAPI.start, with the client's default settings, except
        # that migrations are validated, not applied: a store needing one is left to the client.
        config = rust.SqliteDBConfig(hash_type=rust.MigrationHash.MD5, migration_mode=rust.MigrationMode.Validate,
                                     url=str(Path(path) / "chroma.sqlite3"))
        bindings = rust.Bindings(allow_reset=False, sqlite_db_config=config, persist_path=str(path),
                                 hnsw_cache_size=resource.getrlimit(resource.RLIMIT_NOFILE)[0] // 5)
        collection = bindings.get_collection(name, TENANT, DATABASE)
        reader = ChromaReader(bindings, str(collection.id))
        reader.count()  # the call signatures fit this release
        return reader
    except Exception:  # any mismatch: the client opens the store (and reports what is wrong with it)
        log.debug("reading %s through the chromadb client", path, exc_info=True)
        return None
