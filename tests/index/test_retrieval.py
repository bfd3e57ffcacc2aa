"""Hybrid retrieval ranks the article that answers first; BM25 and sentence vectors stay cheap."""

from pathlib import Path

import pytest

CASES = [
    ("Who said that no checkpoint is envisioned on the Lachin corridor?", "003_3362ed2f4686983c.txt"),
    ("Where did Putin and Pashinyan meet at the Eurasian Economic Union summit?", "001_f6e84ce8a32313d4.txt"),
    ("What did Peskov tell reporters about mediation?", "004_6cec359ea448f784.txt"),
    ("How many people lack food and medicine because of the blockade?", "002_5330609adfd73756.txt"),
    ("What did the Kremlin readout of the call emphasize?", "000_1d91f700048fccb0.txt"),
    ("EU mission legitimacy doubts", "003_3362ed2f4686983c.txt"),
    ("Hajiyev denied an understanding on an international mechanism", "001_f6e84ce8a32313d4.txt"),
    ("UN Security Council mandate for peacekeepers", "004_6cec359ea448f784.txt"),
]


@pytest.mark.parametrize("question, article_id", CASES)
def test_the_answering_article_ranks_first(whosaid_app, question, article_id):
    results = whosaid_app.corpus.retrieve(question, 5)
    assert results[0].chunk.article_id == article_id


def test_k_bounds_the_number_of_passages(whosaid_app):
    assert len(whosaid_app.corpus.retrieve("Lachin corridor blockade", 3)) == 3


def test_results_come_from_both_dense_and_keyword_rankings(whosaid_app):
    results = whosaid_app.corpus.retrieve("checkpoint envisioned Lachin", 8)
    assert any(r.dense_rank for r in results) and any(r.sparse_rank for r in results)


# -- BM25: bm25s's scores, kept incrementally ------------------------------------------
DOCS = {
    "a1": "The harbour master said on Monday that the ferry to Ostrava Bay would resume sailing.",
    "a2": "Fishermen complained that the new quotas were unfair. The ministry denied it.",
    "b1": "The mayor of Kelso announced a new bridge; the council said the bridge would cost more.",
    "b2": "",
    "c1": "Engineers warned that the dam was unsafe and said repairs would take a year.",
    "c2": "The bridge, the dam and the ferry: the council listed its three priorities for the year.",
}
QUERIES = ["Who said the ferry would resume?", "bridge cost council", "dam repairs year", "quotas", "nothing matches zzz"]


def _bm25s_reference(ids, texts, query, k):
    import bm25s

    from index.sparse import _stemmer
    from index.textnorm import fold

    corpus = bm25s.tokenize([fold(t) for t in texts], stopwords="en", stemmer=_stemmer(), show_progress=False)
    retriever = bm25s.BM25()
    retriever.index(corpus, show_progress=False)
    terms = bm25s.tokenize([fold(query)], stopwords="en", stemmer=_stemmer(), show_progress=False, return_ids=False)[0]
    if not terms:
        return {}
    docs, scores = retriever.retrieve([terms], k=k, show_progress=False, n_threads=0)
    return {ids[int(d)]: float(s) for d, s in zip(docs[0], scores[0]) if s > 0}


@pytest.mark.parametrize("query", QUERIES)
def test_bm25_scores_are_those_of_bm25s(query):
    from index.sparse import SparseIndex

    index = SparseIndex.build(list(DOCS), list(DOCS.values()), generation=1)
    ours = dict(index.search(query, 6))
    reference = _bm25s_reference(list(DOCS), list(DOCS.values()), query, 6)
    assert ours.keys() == reference.keys()
    for cid, score in reference.items():
        assert ours[cid] == pytest.approx(score, rel=1e-5)


def test_adding_and_removing_chunks_gives_the_index_a_rebuild_would(tmp_path):
    from index.sparse import SparseIndex

    first = {k: v for k, v in DOCS.items() if k[0] in "ab"}
    then = {k: v for k, v in DOCS.items() if k[0] in "ac"}
    old = SparseIndex.build(list(first), list(first.values()), generation=1)
    added = {k: v for k, v in then.items() if k not in first}
    updated = old.updated(["b1", "b2"], list(added), list(added.values()), generation=2)
    rebuilt = SparseIndex.build(list(then), list(then.values()), generation=2)
    assert sorted(updated.ids) == sorted(rebuilt.ids)
    for query in QUERIES:
        assert dict(updated.search(query, 6)) == pytest.approx(dict(rebuilt.search(query, 6)), rel=1e-6)
    for term in ("bridg", "ferri", "dam", "council"):
        assert updated.df.get(term) == rebuilt.df.get(term) and updated.idf(term) == rebuilt.idf(term)
    assert old.search("bridge cost council", 6)  # the old index is left as it was, for readers
    updated.save(tmp_path / "bm25")
    loaded = SparseIndex.load(tmp_path / "bm25")
    assert loaded.generation == 2 and loaded.search("dam repairs year", 6) == updated.search("dam repairs year", 6)


def test_a_search_asked_again_is_kept_and_an_updated_index_searches_afresh():
    """An answer searches its question ahead of retrieval and in it (bot/answering/parse_ahead.py):
    the second is the kept result, a copy the caller may change; an ingest's new index is searched anew."""
    from index.sparse import SparseIndex

    index = SparseIndex.build(["a1", "a2"], [DOCS["a1"], DOCS["a2"]], generation=1)
    query = "dam repairs year"
    first = index.search(query, 6)
    first.append(("changed by a caller", 0.0))
    assert index.search(query, 6) == index._search(query, 6) == first[:-1]
    updated = index.updated([], ["c1"], [DOCS["c1"]], generation=2)
    assert "c1" in dict(updated.search(query, 6)) and "c1" not in dict(index.search(query, 6))


def test_a_keyword_index_of_the_older_format_is_rebuilt(tmp_path):
    from index.sparse import STAMP, SparseIndex

    (tmp_path / "bm25").mkdir()
    (tmp_path / "bm25" / STAMP).write_text('{"generation": 3, "ids": ["x"], "df": {}}')
    assert SparseIndex.load(tmp_path / "bm25") is None


# -- sentence vectors: stored at ingest, so a question embeds only itself ----------------
SPEC = Path(__file__).resolve().parents[1] / "spec" / "perf"


class CountingEmbedder:
    """The real embedder, noting every text it is asked to embed."""

    def __init__(self, inner):
        self.inner, self.texts = inner, []

    @property
    def model_id(self):
        return self.inner.model_id

    def embed(self, texts, progress=None):
        self.texts.extend(texts)
        return self.inner.embed(texts, progress)


def _cosines(embedder, question, texts):
    vectors = embedder.embed([question] + texts)
    return [float(v @ vectors[0]) for v in vectors[1:]]


def test_sentence_vectors_are_stored_at_ingest_and_equal_fresh_ones(fresh_app):
    import numpy as np

    from index.sentence_vectors import is_whole_chunk, sentence_text

    fresh_app.ingest([SPEC])
    corpus = fresh_app.corpus
    sentences = [(c, s) for c in corpus.all_chunks() for s in c.sentences]
    assert any(is_whole_chunk(c, s) for c, s in sentences) and not all(is_whole_chunk(c, s) for c, s in sentences)
    question = "What did the harbour authority say about the ferry timetable (stored vectors)?"
    counting = CountingEmbedder(corpus.embedder)
    corpus.embedder = counting
    try:
        stored = corpus.sentence_similarities(question, sentences)
    finally:
        corpus.embedder = counting.inner
    assert counting.texts == [question]  # no sentence embedded at query time
    fresh = _cosines(corpus.embedder, question, [sentence_text(c, s) for c, s in sentences])
    np.testing.assert_allclose(stored, fresh, atol=1e-4)


def test_an_answer_embeds_its_question_once_and_no_article_text(fresh_app):
    fresh_app.ingest([SPEC])
    corpus = fresh_app.corpus
    counting = CountingEmbedder(corpus.embedder)
    corpus.embedder = counting
    question = "What did the harbour master say about the ferry (embedded once)?"
    try:
        fresh_app.answer(question)
    finally:
        corpus.embedder = counting.inner
    assert counting.texts == [question]


def _whole_rows(conn, chunks) -> dict:
    import numpy as np

    from index.sentence_vectors import read, whole_sentences

    stored = read(conn, [c.id for c in chunks])
    return {(c.id, s.start, s.end): np.asarray(stored.get((c.id, s.start, s.end))) for c, s in whole_sentences(chunks)}


def test_a_whole_chunk_sentence_has_its_chunks_vector_stored_beside_the_others(fresh_app):
    """One SQLite read gives every candidate sentence's vector, whole-chunk sentences included."""
    fresh_app.ingest([SPEC])
    corpus = fresh_app.corpus
    chunks = corpus.all_chunks()
    rows = _whole_rows(corpus.conn, chunks)
    assert rows and all(v.shape == (corpus.embedder.embed(["x"]).shape[1],) for v in rows.values())
    in_store = corpus.vectors.get_vectors([cid for cid, _, _ in rows])
    import numpy as np

    for (cid, _, _), vector in rows.items():
        # The chunk's own vector; the vector store may give it back renormalised (a float32 ulp off).
        assert np.allclose(vector, np.asarray(in_store[cid]), rtol=0, atol=1e-6)


def test_whole_chunk_vectors_missing_from_the_table_are_copied_on_open_or_read_from_the_store(tmp_path):
    from bot.service import Whosaid
    from index.sentence_vectors import WHOLE, is_whole_chunk
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "data")
    app = Whosaid(settings, seed=False)
    app.ingest([SPEC])
    corpus = app.corpus
    sentences = [(c, s) for c in corpus.all_chunks() for s in c.sentences]
    question = "What did the harbour authority say about the ferry timetable (whole chunks)?"
    before = corpus.sentence_similarities(question, sentences)
    expected = _whole_rows(corpus.conn, corpus.all_chunks())
    for c, s in sentences:  # as an index whose passages an older whosaid ingested
        if is_whole_chunk(c, s):
            corpus.conn.execute('DELETE FROM sentence_vectors WHERE chunk_id = ? AND start = ? AND "end" = ?',
                                (c.id, s.start, s.end))
    # read from the vector store: the same vectors, to a float32 ulp
    assert corpus.sentence_similarities(question, sentences) == pytest.approx(before, rel=0, abs=1e-6)
    corpus.conn.execute("DELETE FROM meta WHERE key = ?", (WHOLE,))
    app.close()
    app = Whosaid(settings, seed=False)
    try:
        got = _whole_rows(app.corpus.conn, app.corpus.all_chunks())
        import numpy as np

        assert got.keys() == expected.keys()
        assert all(np.allclose(got[k], expected[k], rtol=0, atol=1e-6) for k in expected)  # copied on open
    finally:
        app.close()


def test_removing_an_article_removes_its_sentence_vectors(fresh_app):
    fresh_app.ingest([SPEC])
    conn = fresh_app.corpus.conn
    assert conn.execute("SELECT count(*) FROM sentence_vectors").fetchone()[0] > 0
    fresh_app.corpus.remove([a.id for a in fresh_app.articles()])
    assert conn.execute("SELECT count(*) FROM sentence_vectors").fetchone()[0] == 0


def test_an_index_built_before_sentence_vectors_gets_them_on_open(tmp_path):
    from bot.service import Whosaid
    from index.sentence_vectors import COMPLETE, WHOLE
    from tests.conftest import make_settings

    settings = make_settings(tmp_path / "data")
    app = Whosaid(settings, seed=False)
    app.ingest([SPEC])
    expected = app.corpus.conn.execute("SELECT count(*) FROM sentence_vectors").fetchone()[0]
    app.corpus.conn.execute("DELETE FROM sentence_vectors")
    app.corpus.conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (COMPLETE, WHOLE))
    app.close()
    app = Whosaid(settings, seed=False)
    try:
        assert app.corpus.conn.execute("SELECT count(*) FROM sentence_vectors").fetchone()[0] == expected > 0
        assert any("sentences" in line for line in app.corpus.repaired)
    finally:
        app.close()


def test_answering_does_not_import_llamaindex_nor_the_readers(seeded_dir):
    """`whosaid ask` on a built index: LlamaIndex (~1 s of imports) is ingest-side only, and the
    chromadb client (0.6 s) writer-side: the store is read through Chroma's engine
    (index/chroma_reader.py). spaCy is not excluded: the question parse uses it
    (bot/answering/predicate.py)."""
    import json
    import subprocess
    import sys

    from tests.conftest import ROOT, process_env

    code = (
        "import json, sys\n"
        "from bot.terminal.cli import main\n"
        "main(['ask', 'What did the minister say about the talks?'])\n"
        "print(json.dumps(sorted(sys.modules)))\n"
    )
    env = process_env(seeded_dir, WHOSAID_MODE="extractive")
    out = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, capture_output=True, text=True, check=True)
    loaded = set(json.loads(out.stdout.strip().splitlines()[-1]))
    modules = {m.split(".")[0] for m in loaded}
    assert "chromadb_rust_bindings" in modules and "chromadb" not in modules and "llama_index" not in modules
    assert "bm25s" not in modules  # its stop words are read from their own module (index/sparse.py)
    # Nor the ingest side's readers: the statement extractor and the article reader (a sixth of the imports).
    assert not loaded & {"index.statements.extract", "index.statements.attribution", "index.articles", "index.furniture"}
    assert "[1]" in out.stdout  # an answer with citations, its passages read through the engine


def test_the_bm25_stop_words_are_bm25s_own(monkeypatch):
    """index/sparse.py reads bm25s's stop-word module without importing the package: the same words."""
    import sys

    from bm25s.stopwords import STOPWORDS_EN

    from index import sparse

    monkeypatch.delitem(sys.modules, "bm25s.stopwords")  # as in a process that never imported bm25s
    sparse._stopwords.cache_clear()
    try:
        assert sparse._stopwords() == frozenset(STOPWORDS_EN) and "the" in sparse._stopwords()
    finally:
        sparse._stopwords.cache_clear()


def test_retrieval_skips_passages_the_database_no_longer_knows_and_reads_only_what_it_returns():
    """Stale vectors (an interrupted ingest) name chunks that are gone: the next fused passages take
    their place; when none is gone, only the k returned are read from the database."""
    from index.models import Chunk
    from index.retrieval import hybrid_retrieve

    class Sparse:
        def search(self, question, depth):
            return [(f"s{i}", 1.0 / (i + 1)) for i in range(depth)]

    class Stub:
        def __init__(self, gone):
            self.sparse, self.gone, self.read = Sparse(), gone, []

        def nearest(self, question, depth):
            return [(f"d{i}", 1.0 - i / 100) for i in range(depth)]

        def chunks_by_ids(self, ids):
            self.read += ids
            return [Chunk(i, "a", 0, 0, 1, "x", ()) for i in ids if i not in self.gone]

    whole = Stub(set())
    best = [r.chunk.id for r in hybrid_retrieve(whole, "q", 4)]
    assert best == ["d0", "s0", "d1", "s1"] and len(whole.read) == 4
    stale = Stub({"s0", "d1"})
    assert [r.chunk.id for r in hybrid_retrieve(stale, "q", 4)] == ["d0", "s1", "d2", "s2"]
