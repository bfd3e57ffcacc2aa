"""The corpus: articles in SQLite, their vectors in Chroma, BM25 beside them; kept in step.

Ingest order makes a crash at any point leave the store as before or as after:
  1. vectors of new chunks are added to Chroma (extra vectors are harmless: retrieval
     only returns chunk ids the database knows);
  2. ONE SQLite transaction writes articles, chunks, statements, the next generation and
     the list of vector ids to delete: this commit is the moment the ingest happens;
  3. stale vectors are deleted and BM25 is rebuilt for the new generation (atomic rename).
`Corpus.open` finishes or undoes whatever a crash interrupted and says what it repaired.

Writers (ingest, remove, rebuild, and that repair) hold the data directory's WriteLock. A
process that opens while another writes does not repair: the "extra" vectors it would see
belong to an ingest that has not committed yet. It reads the last committed state instead.
"""

from __future__ import annotations

import json
import logging
import shutil
import threading
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from pathlib import Path

from cachetools import LRUCache

from index import corpus_db as db
from index import kept_tables, people_store, sentence_vectors
from index.article_people import Person, read_people
from index.chunking import chunk_article
from index.data_dir import check_writable, usable_data_dir
from index.embeddings import get_embedder
from index.ingest import IngestPlan, IngestReport, plan_ingest
from index.ingest_background import Passages, one_at_a_time
from index.models import Article, Chunk, ScoredChunk, Statement
from index.settings import Settings
from index.sparse import SparseIndex, stem_terms
from index.turn_keywords import keyword_texts
from index.question_vectors import QuestionVectors
from index.pinned_ledger import PinnedLedger
from index.statements.store import KnownSpeakers, Ledger, replace_statements
from index.vector_store import VectorStore, collection_name
from index.write_lock import REPAIR, WriteLock

log = logging.getLogger(__name__)
Progress = Callable[[str, int, int], None]
EMBED_BATCH = 256
READ_BATCH = 32  # articles parsed per batch between two progress reports
# meta key: the embedding model the index's vectors were made with (each model has its own
# collection in the vector store; the sentence vectors in SQLite are the last model's)
MODEL_KEY = "embedding_model"
STALE_MODELS_KEY = "stale_embedding_models"  # models whose collections a re-embed made useless, to delete


def _noop(stage: str, done: int, total: int) -> None:
    pass


class Corpus:
    def __init__(self, settings: Settings, conn, embedder, vectors: VectorStore, write_lock: WriteLock | None = None):
        self.settings = settings
        self.write_lock = write_lock or WriteLock(Path(settings.store.data_dir))
        self.conn = conn
        self.embedder = embedder
        self.vectors = vectors
        self.sparse: SparseIndex | None = None
        self._lock = threading.RLock()
        self._articles: dict[str, Article] = {}
        # (article id, generation) -> its chunks: one answer reads an article's chunks several times
        # (citations, coverage, neighbours), each read a query and a decode of every sentence span.
        self._chunks: LRUCache = LRUCache(maxsize=256)
        self.repaired: list[str] = []
        self._ledger = PinnedLedger(conn, lock=self._lock)  # one per corpus: it keeps what it derives
        self._unchanged: dict[str, tuple[tuple, object]] = {}  # key -> (ledger version, value)
        self._questions = QuestionVectors(lambda: self.embedder)

    # -- opening -----------------------------------------------------------------
    @classmethod
    def open(cls, settings: Settings, progress: Progress | None = None, seed: bool = True,
             write_lock: WriteLock | None = None, building: Callable[[], None] | None = None) -> "Corpus":
        """Open (on first use, build) the corpus. `write_lock`, if given, is held by the caller;
        `building()` is called when a first build from the seed articles is about to start."""
        data = Path(settings.store.data_dir)
        usable_data_dir(data)
        kept_tables.keep_in(data / "models")  # beside the converted model: the city names' table
        conn = db.connect(data / "corpus.sqlite3")
        embedder = get_embedder(settings)
        vectors = VectorStore(settings, embedder.model_id, _collection_prefix(settings, conn))
        corpus = cls(settings, conn, embedder, vectors, write_lock)
        with corpus._writing_if_free() as writer:
            if not writer:  # someone else is writing: read what is committed, repair nothing
                corpus.sparse = corpus._committed_sparse()
                return corpus
            with _collector_skipping_what_exists():  # (a repair may re-read every article)
                corpus.repaired = corpus.repair(progress or _noop)
            if seed and db.get_meta(conn, "seeded") is None:
                if Path(settings.store.seeds_dir).is_dir():
                    if building is not None:
                        building()
                    corpus.ingest([Path(settings.store.seeds_dir)], progress=progress)
                with corpus._lock:
                    db.set_meta(conn, "seeded", 1)
        return corpus

    @classmethod
    def open_records(cls, settings: Settings) -> "Corpus":
        """The database alone (articles, chunks, statements): for listings when vectors are unusable."""
        data = Path(settings.store.data_dir)
        check_writable(data)
        return cls(settings, db.connect(data / "corpus.sqlite3"), None, None)

    @contextmanager
    def _writing_if_free(self):
        """Hold the writer lock for a repair if no other process is writing; yields whether held."""
        got = self.write_lock.try_acquire(REPAIR)
        try:
            yield got
        finally:
            if got:
                self.write_lock.release()

    @contextmanager
    def writing(self, role: str):
        """Hold the writer lock as `role` (reentrant); WriterBusyError if another process writes."""
        self.write_lock.acquire(role)
        try:
            yield
            with self._lock:
                db.checkpoint(self.conn)
        finally:
            self.write_lock.release()

    def _committed_sparse(self) -> SparseIndex:
        """BM25 for the committed generation, built in memory if the saved one lags behind."""
        sparse = SparseIndex.load(self._sparse_dir)
        if sparse is not None and sparse.generation == self.generation:
            return sparse
        rows = self.conn.execute("SELECT id, article_id, start, text FROM chunks ORDER BY article_id, start").fetchall()
        return SparseIndex.build([r[0] for r in rows], self._keyword_texts(rows), self.generation)

    @property
    def generation(self) -> int:
        return self._while_unchanged("generation", lambda: int(db.get_meta(self.conn, "generation", "0")))

    def _while_unchanged(self, key: str, read: Callable[[], object]):
        """`read()`, read again only when the database may have changed (the ledger's version moves
        with this connection's writes and other connections' commits): an answer, pinned to one
        version, reads it once instead of at every article it looks at. Not inside a transaction:
        a rollback takes the value back without moving the version."""
        if self.conn.in_transaction:
            return read()
        version = self._ledger.version()
        known = self._unchanged.get(key)
        if known is not None and known[0] == version:
            return known[1]
        value = read()
        self._unchanged[key] = (version, value)
        return value

    def repair(self, progress: Progress) -> list[str]:
        """Bring vectors and BM25 in step with the database; say what was done."""
        done: list[str] = []
        with self._lock:
            pending = json.loads(db.get_meta(self.conn, "pending_vector_deletes", "[]"))
            if pending:
                self.vectors.delete(pending)
                db.set_meta(self.conn, "pending_vector_deletes", "[]")
                done.append(f"removed {len(pending)} stale vectors left by an interrupted ingest")
            n_chunks = self.conn.execute("SELECT count(*) FROM chunks").fetchone()[0]
            model, made_by = self.vectors.model_id, db.get_meta(self.conn, MODEL_KEY)
            new_model = False  # every passage's vector is missing: the index was made with another model
            if self.vectors.count() != n_chunks:
                known = {r[0] for r in self.conn.execute("SELECT id FROM chunks")}
                have = self.vectors.ids()
                extra, missing = have - known, sorted(known - have)
                new_model = made_by != model and len(missing) == n_chunks
                if new_model:  # the sentence vectors are the other model's too: made again below,
                    # also after a crash between here and their commit (the flag is only set then)
                    self.conn.execute("DELETE FROM meta WHERE key IN (?, ?)",
                                      (sentence_vectors.COMPLETE, sentence_vectors.WHOLE))
                if extra:
                    self.vectors.delete(sorted(extra))
                    done.append(f"removed {len(extra)} vectors of an interrupted ingest")
                if missing:
                    chunks = self.chunks_by_ids(missing)
                    self._add_vectors(chunks, self.embedder.embed([c.text for c in chunks]))
                    self.vectors.flush()
                    done.append(f"re-embedded all {len(missing)} passages with the embedding model {model} "
                                f"(the index was made with {made_by or 'an earlier one'})" if new_model else
                                f"re-embedded {len(missing)} passages missing from the vector store")
            if sentence_vectors.backfill(self, progress) and not new_model:
                done.append("embedded the sentences of stored passages once, for faster answers")
            if made_by != model:
                self.conn.execute("BEGIN IMMEDIATE")  # one commit: the new model's vectors are the index's,
                try:  # and the old model's are listed for deletion (below)
                    if new_model and made_by:
                        db.set_meta(self.conn, STALE_MODELS_KEY, json.dumps(sorted({*self._stale_models(), made_by})))
                    db.set_meta(self.conn, MODEL_KEY, model)
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.conn.execute("ROLLBACK")
                    raise
            if self._refresh_statements():
                done.append("re-extracted statements with the updated extractor")
            if people_store.backfill(self.conn, self.generation):
                done.append("read the people of stored articles once, for faster answers")
            for leftover in Path(self.settings.store.data_dir).glob(".bm25-*"):
                shutil.rmtree(leftover, ignore_errors=True)  # a swap a crash interrupted
                done.append("removed a half-written keyword index left by an interrupted ingest")
            sparse = SparseIndex.load(self._sparse_dir)
            if sparse is None or sparse.generation != self.generation:
                if sparse is not None or n_chunks:
                    done.append("rebuilt the keyword (BM25) index")
                sparse = self._build_sparse()
            self.sparse = sparse
            done.extend(self._drop_stale_models())
        for line in done:  # (each front-end tells its user: the terminal prints them, Telegram logs them)
            log.info("repaired: %s", line)
        return done

    def _stale_models(self) -> list[str]:
        return json.loads(db.get_meta(self.conn, STALE_MODELS_KEY, "[]"))

    def _drop_stale_models(self) -> list[str]:
        """After a re-embed with a new model (committed above), the old model's collection and
        keyword index are deleted; a crash before that leaves them listed, and the next open
        deletes them. Nothing of the current model's index is touched."""
        stale = [m for m in self._stale_models() if m != self.vectors.model_id]
        if not stale:
            return []
        done = []
        for model in stale:
            try:
                name = self.vectors.drop_model(model)
            except Exception:  # a store that refuses (a shared server): kept, and tried again next open
                log.warning("could not delete the vectors of the embedding model %s", model, exc_info=True)
                continue
            if name is not None:
                done.append(f"deleted the vectors of the embedding model {model}, no longer used")
            shutil.rmtree(Path(self.settings.store.data_dir) / f"bm25-{self.vectors.prefix}{collection_name(model)}",
                          ignore_errors=True)
            stale = [m for m in stale if m != model]
            db.set_meta(self.conn, STALE_MODELS_KEY, json.dumps(stale))
        return done

    def _refresh_statements(self) -> bool:
        """Re-run statement extraction over stored articles when the extractor's code changed."""
        version = _extractor_version()
        if version is None or db.get_meta(self.conn, "statements_version") == version:
            return False
        ids = [r[0] for r in self.conn.execute("SELECT id FROM articles")]
        extracted = _extract_all([self.article(aid) for aid in ids])
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            known = _known_speakers(self.conn)
            for aid, statements in extracted.items():
                _store_statements(self.conn, aid, *statements, known=known)
            db.set_meta(self.conn, "statements_version", version)
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        return bool(ids)

    @property
    def _sparse_dir(self) -> Path:
        return Path(self.settings.store.data_dir) / f"bm25-{self.vectors.name}"

    def _build_sparse(self) -> SparseIndex:
        rows = self.conn.execute("SELECT id, article_id, start, text FROM chunks ORDER BY article_id, start").fetchall()
        sparse = SparseIndex.build([r[0] for r in rows], self._keyword_texts(rows), self.generation)
        sparse.save(self._sparse_dir)
        return sparse

    def _keyword_texts(self, rows) -> list[str]:
        """(id, article id, start, text) rows: the passages' BM25 texts, a turn's speaker added (turn_keywords.py)."""
        def article_text(aid: str) -> str | None:
            article = self.article(aid)
            return article.text if article is not None else None

        return keyword_texts([(r[1], r[2], r[3]) for r in rows], article_text)

    def _update_sparse(self, removed: list[str], added: list[Chunk]) -> SparseIndex:
        """BM25 after an ingest: the previous generation's index with these chunks dropped and
        added (milliseconds), or a rebuild from the database when the one in memory is older."""
        generation = self.generation
        if self.sparse is None or self.sparse.generation != generation - 1:
            return self._build_sparse()
        texts = self._keyword_texts([(c.id, c.article_id, c.start, c.text) for c in added])
        sparse = self.sparse.updated(removed, [c.id for c in added], texts, generation)
        sparse.save(self._sparse_dir)
        return sparse

    def _embed_and_add(self, passages: "Passages") -> tuple[dict[str, list[Chunk]], list[Chunk], list]:
        """Ingest step 1, done by `passages` in the background: the articles chunked, the new chunks
        and their own sentences embedded in one pass, the chunk vectors added to the store. Gives
        the chunks by article, the new chunks, and the sentence vectors for the commit."""
        done = passages.result()
        return done.chunks_of, done.new_chunks, done.sentences

    def _add_vectors(self, chunks: list[Chunk], vectors) -> None:
        for i in range(0, len(chunks), EMBED_BATCH):
            self.vectors.add(chunks[i : i + EMBED_BATCH], vectors[i : i + EMBED_BATCH])

    # -- ingest ------------------------------------------------------------------
    def ingest(self, paths: Iterable[Path], progress: Progress | None = None) -> IngestReport:
        progress = progress or _noop
        with self.writing("ingest"), self._lock:
            plan = plan_ingest(self.conn, [Path(p) for p in paths])
            self.apply(plan, progress)
        return plan.report

    def remove(self, article_ids: Iterable[str]) -> IngestReport:
        plan = IngestPlan()
        with self.writing("removal"), self._lock:
            for aid in article_ids:
                if self.article(aid) is not None:
                    plan.removals.append(aid)
                    plan.report.removed.append(aid)
            self.apply(plan, _noop)
        return plan.report

    def apply(self, plan: IngestPlan, progress: Progress) -> None:
        if not plan.upserts and not plan.removals:
            return
        known = {r[0] for r in self.conn.execute("SELECT id FROM chunks")}
        progress = one_at_a_time(progress)  # two threads report from here on
        # Passages are chunked, embedded (the model's threads) and their vectors stored in the
        # background while this thread reads the statements (spaCy): the two largest costs of an
        # ingest, on separate cores. Nothing reaches the database before both end.
        if plan.upserts:
            self.vectors.collection  # opened here: the client's threads keep this thread's priority
        passages = Passages(plan.upserts, known, self.embedder, self._add_vectors, progress, chunk=chunk_article)
        unread: list[str] = []  # articles a reader failed on: indexed, with no statements
        try:
            with _collector_skipping_what_exists():
                statements = self._read_statements(plan.upserts, progress, passages, unread)
            people = {a.id: _people_or_none(a, unread) for a in plan.upserts}  # (index/people_store.py)
            chunks_of, new_chunks, sentences = self._embed_and_add(passages)  # step 1
        except BaseException:
            self._drop_vectors(passages.stop())
            raise
        keep = {c.id for cs in chunks_of.values() for c in cs}
        stale: list[str] = []
        people_store.create_table(self.conn)
        self.conn.execute("BEGIN IMMEDIATE")  # step 2: the commit point
        try:
            generation = self.generation
            people_current = people_store.is_current(self.conn, generation)
            for aid in plan.removals + [a.id for a in plan.upserts]:
                stale.extend(cid for cid in db.delete_article(self.conn, aid) if cid not in keep)
            people_store.delete(self.conn, plan.removals + [a.id for a in plan.upserts])
            known = _known_speakers(self.conn)  # read once for the whole transaction
            for article in plan.upserts:
                db.write_article(self.conn, article)
                db.write_chunks(self.conn, chunks_of[article.id])
                _store_statements(self.conn, article.id, *statements[article.id], known=known)
                people_store.write(self.conn, article.id, people[article.id])
            sentence_vectors.delete(self.conn, stale)
            sentence_vectors.write(self.conn, sentences)
            db.set_meta(self.conn, "generation", generation + 1)
            if people_current:
                people_store.mark_current(self.conn, generation + 1)
            db.set_meta(self.conn, "pending_vector_deletes", json.dumps(stale))
            self.conn.execute("COMMIT")
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        for aid in plan.removals + [a.id for a in plan.upserts]:
            self._articles.pop(aid, None)
        self._questions.forget_after()  # dense searches started ahead saw the vectors before this ingest
        self.vectors.delete(stale)  # step 3
        self.vectors.flush()  # so that no later process replays this ingest's vectors before its first query
        db.set_meta(self.conn, "pending_vector_deletes", "[]")
        progress("keyword index", 0, 1)
        self.sparse = self._update_sparse(stale, new_chunks)
        progress("keyword index", 1, 1)
        by_id = {a.id: a for a in plan.upserts}
        plan.report.unread = sorted({by_id[aid].source_path or aid for aid in unread})
        plan.report.chunks_added = len(new_chunks)
        plan.report.chunks_removed = len(stale)

    def _drop_vectors(self, ids: list[str]) -> None:
        """Vectors a failed ingest added (no commit will ever name them), removed at once rather
        than by the next open's repair."""
        try:
            self.vectors.delete(ids)
        except Exception:  # the repair on the next open removes them
            log.warning("could not remove %d vectors of a failed ingest", len(ids), exc_info=True)

    def _read_statements(self, articles: list[Article], progress: Progress, passages: "Passages",
                         unread: list[str]) -> dict:
        """Each article's statements and aliases, by article id; the slow part of a first build (or
        of one huge article), shown in paragraphs read. Stops early if the embedding failed."""
        statements: dict = {}
        sizes = [max(len(a.paragraphs), 1) for a in articles]
        total, done = sum(sizes), 0
        for i in range(0, len(articles), READ_BATCH):
            passages.raise_if_failed()
            progress("reading articles", done, total)
            statements.update(_extract_all(articles[i : i + READ_BATCH],
                                           lambda d, _, base=done: progress("reading articles", min(base + d, total), total),
                                           unread))
            done += sum(sizes[i : i + READ_BATCH])
        progress("reading articles", total, total)
        return statements

    # -- reading -----------------------------------------------------------------
    def article(self, article_id: str) -> Article | None:
        if article_id in self._articles:
            return self._articles[article_id]
        with self._lock:
            row = self.conn.execute(f"SELECT {db.ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            return None
        article = db.article_from_row(row)
        if len(self._articles) > 5000:
            self._articles.clear()
        self._articles[article_id] = article
        return article

    def articles(self) -> list[Article]:
        with self._lock:
            ids = [r[0] for r in self.conn.execute("SELECT id FROM articles ORDER BY id")]
        return [a for a in map(self.article, ids) if a is not None]

    def article_count(self) -> int:
        with self._lock:
            return self.conn.execute("SELECT count(*) FROM articles").fetchone()[0]

    def chunks_by_ids(self, ids: list[str]) -> list[Chunk]:
        """Chunks in the order of `ids`; ids the database does not know are left out."""
        found: dict[str, Chunk] = {}
        with self._lock:
            for i in range(0, len(ids), 500):
                part = ids[i : i + 500]
                marks = ",".join("?" * len(part))
                for row in self.conn.execute(f"SELECT {db.CHUNK_COLUMNS} FROM chunks WHERE id IN ({marks})", part):
                    found[row[0]] = db.chunk_from_row(row)
        return [found[i] for i in ids if i in found]

    def chunks_of(self, article_id: str) -> list[Chunk]:
        with self._lock:
            key = (article_id, self.generation)  # a write (of any process) moves the generation
            found = self._chunks.get(key)
            if found is None:
                rows = self.conn.execute(
                    f"SELECT {db.CHUNK_COLUMNS} FROM chunks WHERE article_id = ? ORDER BY start", (article_id,)
                ).fetchall()
                found = self._chunks[key] = tuple(db.chunk_from_row(r) for r in rows)
        return list(found)

    def article_stems(self, article_id: str) -> frozenset[str]:
        """The distinct BM25 stems (`stem_terms`) of the article's passages: which words it writes."""
        sparse = self.sparse
        if sparse is not None and sparse.by_document and sparse.generation == self.generation:
            with self._lock:  # its chunks' ids only (a chunk id is a hash of its text): no spans to decode
                cached = self._chunks.get((article_id, self.generation))
                ids = [c.id for c in cached] if cached is not None else \
                    [r[0] for r in self.conn.execute("SELECT id FROM chunks WHERE article_id = ?", (article_id,))]
            found = sparse.stems_of(ids)
            if found is not None:
                return found
        # (a one-shot `ask`, or BM25 of another generation)
        return frozenset(t for c in self.chunks_of(article_id) for t in stem_terms(c.text))

    def all_chunks(self) -> list[Chunk]:
        with self._lock:
            rows = self.conn.execute(f"SELECT {db.CHUNK_COLUMNS} FROM chunks ORDER BY article_id, start").fetchall()
        return [db.chunk_from_row(r) for r in rows]

    def statements(self, speaker: str | None = None) -> list[Statement]:
        ledger = self.ledger()
        return ledger.statements(speaker=speaker) if ledger is not None else []

    def ledger(self) -> Ledger:
        """The statement ledger's read side."""
        return self._ledger

    # -- retrieval ---------------------------------------------------------------
    def retrieve(self, question: str, k: int | None = None) -> list[ScoredChunk]:
        """Hybrid retrieval: dense (Chroma) and BM25 rankings fused by reciprocal rank."""
        from index.retrieval import hybrid_retrieve

        return hybrid_retrieve(self, question, k or self.settings.answering.top_k)

    def question_vector(self, question: str):
        """The question's vector, embedded once however many steps of one answer ask for it."""
        return self._questions.vector(question)

    def embed_question_ahead(self, question: str, k: int | None = None) -> None:
        """Start embedding the question on a worker thread (index/question_vectors.py), so that
        what the answer does before retrieving (parsing the question) runs beside the model;
        its dense search for `retrieve(question, k)` follows on the worker (`nearest`)."""
        from index.retrieval import dense_depth

        depth = dense_depth(k or self.settings.answering.top_k)
        vectors = self.vectors
        self._questions.ahead(question, then=(f"nearest {depth}", lambda vector: vectors.query(vector, depth)))

    def nearest(self, question: str, depth: int) -> list[tuple[str, float]]:
        """The `depth` nearest chunk ids to the question's vector, with their similarity: the search
        started ahead (embed_question_ahead) when there is one, else run here."""
        found = self._questions.after(question, f"nearest {depth}")
        return found if found is not None else self.vectors.query(self.question_vector(question), depth)

    def people(self, article_ids) -> dict[str, tuple[Person, ...]]:
        """The people each article names (index/article_people.py): stored at ingest, or read
        from the article's text while the stored ones are not current (index/people_store.py)."""
        ids = list(dict.fromkeys(article_ids))
        with self._lock:
            if self._while_unchanged("people current", lambda: people_store.is_current(self.conn, self.generation)):
                return people_store.read(self.conn, ids)
        out = {}
        for aid in ids:
            article = self.article(aid)
            out[aid] = _people_or_none(article, []) if article is not None else ()
        return out

    def sentence_similarities(self, question: str, sentences) -> list[float] | None:
        """Cosine of the question to each (chunk, span) sentence, from vectors stored at ingest."""
        from index.retrieval import sentence_similarities

        return sentence_similarities(self, question, sentences)

    def close(self) -> None:
        self._questions.close()
        with self._lock:
            self.conn.close()
            self.vectors.close()
        self.write_lock.release()


@contextmanager
def _collector_skipping_what_exists():
    """While the articles are read, the cyclic garbage collector runs (a one-shot command that
    switched it off builds its first index here) but leaves alone what existed before (modules,
    the loaded models: millions of objects): each of its full passes over them was work thrown
    away, a few per cent of an ingest. They are handed back to it afterwards. (Nothing is frozen
    if something else of this process froze objects already.)"""
    import gc

    was_enabled, freeze = gc.isenabled(), not gc.get_freeze_count()
    gc.enable()
    if freeze:
        gc.freeze()
    try:
        yield
    finally:
        if freeze:
            gc.unfreeze()
        if not was_enabled:
            gc.disable()


def _collection_prefix(settings: Settings, conn) -> str:
    """On a Chroma server, each data directory gets collections of its own.

    A server is shared (several bots, a laptop and CI): under one collection name, every
    data directory's repair would delete the others' vectors as "extra".
    """
    if not settings.store.chroma_host:
        return ""  # embedded Chroma lives inside the data directory already
    store_id = db.get_meta(conn, "store_id")
    if store_id is None:
        import uuid

        store_id = uuid.uuid4().hex[:12]
        db.set_meta(conn, "store_id", store_id)
    return f"{store_id}-"


def _pin_llamaindex_defaults(embedder) -> None:
    """LlamaIndex falls back to OpenAI for anything not given a model: give it ours, and no LLM."""
    from llama_index.core import Settings as LlamaSettings
    from llama_index.core.llms import MockLLM

    LlamaSettings.embed_model = embedder
    LlamaSettings.llm = MockLLM()


def _extract_all(articles: list[Article], progress: Callable[[int, int], None] | None = None,
                 unread: list[str] | None = None) -> dict[str, tuple[list[Statement], dict[str, str] | None]]:
    """Each article's statements and alias table (alias -> canonical speaker), parsed in one batch;
    `progress(paragraphs done, paragraphs)` as it goes."""
    # Imported here: the extractor's modules are a sixth of a one-shot `ask`'s imports, and
    # answering from a built index never extracts.
    from index.statements.extract import extract_many

    return {a.id: got for a, got in zip(articles, extract_many(articles, progress, unread))}


def _people_or_none(article: Article, unread: list[str]) -> tuple[Person, ...]:
    """The people an article names; none (and the article noted as unread) if the reader fails on it."""
    try:
        return read_people(article.text)
    except Exception as err:
        from index import safety_net

        if safety_net.STRICT:
            raise
        log.warning("could not read the people named in %s (%s)", article.source_path or article.id, type(err).__name__)
        log.debug("reading people of %s failed", article.id, exc_info=True)
        unread.append(article.id)
        return ()


def _store_statements(conn, article_id: str, statements: list[Statement], aliases: dict[str, str] | None,
                      known=None) -> None:
    replace_statements(conn, article_id, statements, aliases=aliases, known=known)


def _known_speakers(conn):
    """The ledger's speakers, read once for a transaction that stores many articles' statements."""
    return KnownSpeakers(conn)


def _extractor_version() -> str | None:
    """A hash of the statement extractor's source and of what it reads besides the article (its
    word lists, the date readers): stored statements are stale when any of them changes."""
    here = Path(__file__).resolve().parent
    folder = here / "statements"
    if not folder.is_dir():
        return None
    also = [here / name for name in _EXTRACTOR_READS]
    return db.code_version([*sorted(folder.glob("*.py")), *(p for p in also if p.is_file())])


# Beside index/statements/: the vocabulary's words and the readers that date a statement.
_EXTRACTOR_READS = ("vocabulary.yaml", "vocabulary.py", "datelines.py", "body_dates.py", "footers.py", "line_numbered.py")
