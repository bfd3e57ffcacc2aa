"""Ingest: stable ids, idempotence, incremental updates, removals, duplicates, bad files."""

from pathlib import Path

from index.chunking import chunk_article
from index.articles import load_article

SEEDS = Path(__file__).resolve().parents[2] / "seeds"


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


ART_A = "Alpha Minister Jane Roe said on Monday that the bridge would reopen.\n\nShe gave no date for it."
ART_B = "Beta Council spokesman John Doe denied the report on Tuesday.\n\nHe called it “fiction”."


def test_chunk_ids_are_stable_content_hashes():
    a1 = chunk_article(load_article(SEEDS / "003_3362ed2f4686983c.txt"))
    a2 = chunk_article(load_article(SEEDS / "003_3362ed2f4686983c.txt"))
    assert [c.id for c in a1] == [c.id for c in a2]
    assert len({c.id for c in a1}) == len(a1)


def test_chunks_keep_offsets_and_sentences_into_the_original_text():
    article = load_article(SEEDS / "003_3362ed2f4686983c.txt")
    for chunk in chunk_article(article):
        assert article.text[chunk.start : chunk.end] == chunk.text
        assert chunk.sentences and all(chunk.start <= s.start < s.end <= chunk.end for s in chunk.sentences)


def test_ingesting_the_same_articles_twice_changes_nothing(fresh_app, tmp_path):
    folder = tmp_path / "in"
    _write(folder, "a.txt", ART_A)
    _write(folder, "b.txt", ART_B)
    first = fresh_app.ingest([folder])
    ids = sorted(c.id for c in fresh_app.corpus.all_chunks())
    generation = fresh_app.corpus.generation
    second = fresh_app.ingest([folder])
    assert sorted(first.added) == ["a.txt", "b.txt"]
    assert sorted(second.unchanged) == ["a.txt", "b.txt"] and not second.added and not second.updated
    assert sorted(c.id for c in fresh_app.corpus.all_chunks()) == ids
    assert fresh_app.corpus.generation == generation
    assert fresh_app.corpus.vectors.count() == len(ids)


def test_editing_one_article_reindexes_only_that_article(fresh_app, tmp_path):
    folder = tmp_path / "in"
    _write(folder, "a.txt", ART_A)
    _write(folder, "b.txt", ART_B)
    fresh_app.ingest([folder])
    b_chunks = [c.id for c in fresh_app.corpus.chunks_of("b.txt")]
    _write(folder, "a.txt", ART_A.replace("Monday", "Wednesday"))
    report = fresh_app.ingest([folder])
    assert report.updated == ["a.txt"] and report.unchanged == ["b.txt"]
    assert [c.id for c in fresh_app.corpus.chunks_of("b.txt")] == b_chunks
    assert "Wednesday" in fresh_app.corpus.chunks_of("a.txt")[0].text
    assert fresh_app.corpus.vectors.count() == len(fresh_app.corpus.all_chunks())


def test_deleting_a_file_and_reingesting_removes_its_chunks(fresh_app, tmp_path):
    folder = tmp_path / "in"
    _write(folder, "a.txt", ART_A)
    path_b = _write(folder, "b.txt", ART_B)
    fresh_app.ingest([folder])
    path_b.unlink()
    report = fresh_app.ingest([folder])
    assert report.removed == ["b.txt"]
    assert fresh_app.corpus.chunks_of("b.txt") == []
    assert fresh_app.corpus.vectors.count() == len(fresh_app.corpus.all_chunks())
    assert all(c.chunk.article_id == "a.txt" for c in fresh_app.corpus.retrieve("John Doe denied the report", 5))


def test_duplicate_article_under_another_name_is_skipped_with_a_reason(fresh_app, tmp_path):
    folder = tmp_path / "in"
    _write(folder, "a.txt", ART_A)
    _write(folder, "copy-of-a.txt", ART_A)
    report = fresh_app.ingest([folder])
    assert report.added == ["a.txt"]
    assert report.skipped and "same text as article a.txt" in report.skipped[0][1]


def test_unreadable_file_is_skipped_and_the_rest_is_ingested(fresh_app, tmp_path):
    folder = tmp_path / "in"
    _write(folder, "a.txt", ART_A)
    (folder / "bad.txt").write_bytes(b"\x00\x00binary")
    report = fresh_app.ingest([folder])
    assert report.added == ["a.txt"]
    assert [Path(p).name for p, _ in report.skipped] == ["bad.txt"]


def test_same_file_name_in_two_folders_gets_two_ids(fresh_app, tmp_path):
    _write(tmp_path / "x", "story.txt", ART_A)
    _write(tmp_path / "y", "story.txt", ART_B)
    report = fresh_app.ingest([tmp_path / "x", tmp_path / "y"])
    assert len(report.added) == 2 and report.added[0] == "story.txt" and report.added[1] != "story.txt"


def test_keyword_index_stays_in_step_with_the_vectors(fresh_app, tmp_path):
    folder = tmp_path / "in"
    _write(folder, "a.txt", ART_A)
    fresh_app.ingest([folder])
    sparse = fresh_app.corpus.sparse
    assert sparse.generation == fresh_app.corpus.generation
    assert set(sparse.ids) == {c.id for c in fresh_app.corpus.all_chunks()}


def _texts(app) -> list[str]:
    return sorted(app.corpus.article(a.id).text for a in app.articles())


def test_reingesting_a_folder_with_two_identical_files_keeps_the_article_every_time(fresh_app, tmp_path):
    folder = tmp_path / "in"
    _write(folder, "zeta.txt", ART_A)
    _write(folder, "alpha.txt", ART_A)  # sorts first: a copy must not displace the indexed one
    for _ in range(3):
        fresh_app.ingest([folder])
        assert len(fresh_app.articles()) == 1 and "Jane Roe" in _texts(fresh_app)[0]


def test_deleting_the_original_of_a_duplicate_keeps_the_article_at_every_reingest(fresh_app, tmp_path):
    folder = tmp_path / "in"
    original = _write(folder, "a.txt", ART_A)
    fresh_app.ingest([folder])
    _write(folder, "copy-of-a.txt", ART_A)
    fresh_app.ingest([folder])
    original.unlink()
    for _ in range(2):
        report = fresh_app.ingest([folder])
        assert [a.id for a in fresh_app.articles()] == ["copy-of-a.txt"], report.summary()
        assert fresh_app.corpus.chunks_of("copy-of-a.txt")


def test_a_copy_of_an_article_edited_away_from_it_is_added(fresh_app, tmp_path):
    folder = tmp_path / "in"
    original = _write(folder, "a.txt", ART_A)
    fresh_app.ingest([folder])
    _write(folder, "copy-of-a.txt", ART_A)
    original.write_text(ART_B, encoding="utf-8")
    fresh_app.ingest([folder])
    assert sorted(a.id for a in fresh_app.articles()) == ["a.txt", "copy-of-a.txt"]
    assert _texts(fresh_app) == sorted([ART_A, ART_B])


def _lock(folder: Path, monkeypatch) -> None:
    """Make `folder` one this process may not list or look into: chmod for a user; for root,
    who reads any folder, the OS calls answer as they would for a user."""
    import os

    if os.geteuid() != 0:
        folder.chmod(0)
        return
    real_scandir, real_stat = os.scandir, os.stat
    top = os.path.abspath(folder)

    def denied(path, below_only: bool) -> bool:
        p = os.path.abspath(os.fsdecode(path))
        return p.startswith(top + os.sep) or (p == top and not below_only)

    def scandir(path="."):
        if not isinstance(path, int) and denied(path, below_only=False):
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_scandir(path)

    def stat(path, *args, **kwargs):
        if not isinstance(path, int) and denied(path, below_only=True):
            raise PermissionError(13, "Permission denied", os.fsdecode(path))
        return real_stat(path, *args, **kwargs)

    monkeypatch.setattr(os, "scandir", scandir)
    monkeypatch.setattr(os, "stat", stat)


def test_a_folder_that_cannot_be_listed_is_reported_and_its_articles_are_kept(fresh_app, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    _write(folder, "a.txt", ART_A)
    _write(folder / "locked", "b.txt", ART_B)
    assert sorted(fresh_app.ingest([folder]).added) == ["a.txt", "b.txt"]
    _lock(folder / "locked", monkeypatch)
    try:
        report = fresh_app.ingest([folder])  # once crashed on the check for deleted files
    finally:
        monkeypatch.undo()
        (folder / "locked").chmod(0o755)
    assert report.removed == [] and report.unchanged == ["a.txt"]
    assert [(Path(p).name, "permission" in why.lower()) for p, why in report.skipped] == [("locked", True)]
    assert fresh_app.corpus.chunks_of("b.txt")  # nothing lost


def test_a_new_folder_that_cannot_be_listed_is_reported_not_silently_left_out(fresh_app, tmp_path, monkeypatch):
    folder = tmp_path / "in"
    _write(folder, "a.txt", ART_A)
    _write(folder / "locked", "b.txt", ART_B)
    _lock(folder / "locked", monkeypatch)
    try:
        report = fresh_app.ingest([folder])
    finally:
        monkeypatch.undo()
        (folder / "locked").chmod(0o755)
    assert report.added == ["a.txt"]
    assert [Path(p).name for p, _ in report.skipped] == ["locked"]


def _stemmed(corpus, article_id):
    from index.sparse import stem_terms

    return frozenset(t for c in corpus.chunks_of(article_id) for t in stem_terms(c.text))


def test_an_articles_stems_are_read_from_the_keyword_index_after_reopening_and_adding(fresh_app, tmp_path):
    """An answer asks which words each candidate article writes (corpus.article_stems): they are read
    from the BM25 postings, and must be the stems of the article's passages in an index reopened
    from disk and after another article is added or one is edited."""
    from bot.service import Whosaid

    folder = tmp_path / "in"
    _write(folder, "a.txt", ART_A)
    _write(folder, "b.txt", ART_B)
    fresh_app.ingest([folder])
    settings = fresh_app.settings
    fresh_app.close()
    app = Whosaid(settings, seed=False)
    try:
        corpus = app.corpus
        assert corpus.sparse.generation == corpus.generation
        # A one-shot `ask` (no warm-up) stems the passages: the postings by document are not built for it.
        assert corpus.article_stems("a.txt") == _stemmed(corpus, "a.txt") and not corpus.sparse.by_document
        from bot.answering.warm import _tables

        _tables(corpus)  # what a session's warm-up builds (not warm_up itself: it freezes the collector)
        assert corpus.sparse.by_document
        for article_id in ("a.txt", "b.txt"):
            chunks = corpus.chunks_of(article_id)
            assert corpus.sparse.stems_of(c.id for c in chunks) == _stemmed(corpus, article_id)
            assert corpus.article_stems(article_id) == _stemmed(corpus, article_id)
        assert {"jane", "roe", "bridg"} <= corpus.article_stems("a.txt")
        _write(folder, "c.txt", "Gamma Mayor Ola Brandt met the striking drivers.\n\nShe spoke to them for an hour.")
        _write(folder, "a.txt", ART_A.replace("bridge", "tunnel"))
        app.ingest([folder])
        corpus.sparse.stems_of(())  # (the warm-up after an ingest builds it too, in the background)
        for article_id in ("a.txt", "b.txt", "c.txt"):
            chunks = corpus.chunks_of(article_id)
            assert corpus.sparse.stems_of(c.id for c in chunks) == _stemmed(corpus, article_id)
            assert corpus.article_stems(article_id) == _stemmed(corpus, article_id)
        assert {"meet", "speak", "brandt"} <= corpus.article_stems("c.txt")  # (irregular pasts, as questions stem them)
        assert "tunnel" in corpus.article_stems("a.txt") and "bridg" not in corpus.article_stems("a.txt")
        assert corpus.sparse.stems_of(["no such chunk"]) is None
    finally:
        app.close()
