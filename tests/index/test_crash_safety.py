"""Crash-safe ingest: a real `whosaid ingest` process killed (SIGKILL) at each step of the commit
order leaves the store exactly as before or exactly as after, and the next open says what it repaired.

The child is the real CLI, started through a tiny driver that wraps one step of the ingest so
it kills its own process at that point: no hooks in the core, no timing.
"""

from __future__ import annotations

import shutil
import signal
import subprocess
import sys
import textwrap
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.conftest import make_settings, process_env

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs POSIX signals")

DRIVER = textwrap.dedent(
    '''
    """Run `whosaid ingest` with one ingest step wrapped to SIGKILL this process."""
    import os, signal, sys

    import index.corpus as corpus
    import index.sparse as sparse
    from bot.terminal.cli import main

    point, paths = sys.argv[1], sys.argv[2:]
    state = {"applying": False, "adds": 0}

    def die():
        sys.stdout.flush()
        os.kill(os.getpid(), signal.SIGKILL)

    real_apply = corpus.Corpus.apply

    def apply(self, plan, progress):
        state["applying"] = True  # only the ingest's own steps crash, not repair on open
        real_apply(self, plan, progress)

    corpus.Corpus.apply = apply
    corpus.EMBED_BATCH = 2  # several vector batches, so a crash can fall between two of them

    real_add = corpus.VectorStore.add

    def add(self, chunks, vectors):
        real_add(self, chunks, vectors)
        state["adds"] += 1
        if state["applying"] and point == "between-vector-batches" and state["adds"] == 2:
            die()

    corpus.VectorStore.add = add

    real_set_meta = corpus.db.set_meta

    def set_meta(conn, key, value):
        real_set_meta(conn, key, value)
        # Inside the ingest transaction, after every row is written, before COMMIT.
        if state["applying"] and point == "before-commit" and key == "pending_vector_deletes" and conn.in_transaction:
            die()

    corpus.db.set_meta = set_meta

    real_delete = corpus.VectorStore.delete

    def delete(self, ids):
        if state["applying"] and point == "after-commit":
            die()  # committed; stale vectors not yet deleted, BM25 not yet rebuilt
        real_delete(self, ids)

    corpus.VectorStore.delete = delete

    real_build = corpus.SparseIndex.build.__func__

    def build(cls, ids, texts, generation):
        if state["applying"] and point == "during-bm25-build":
            die()
        return real_build(cls, ids, texts, generation)

    corpus.SparseIndex.build = classmethod(build)

    real_updated = corpus.SparseIndex.updated

    def updated(self, removed, ids, texts, generation):  # the incremental path of the same step
        if state["applying"] and point == "during-bm25-build":
            die()
        return real_updated(self, removed, ids, texts, generation)

    corpus.SparseIndex.updated = updated

    real_replace = sparse.os.replace
    replaced = []

    def replace(src, dst):
        real_replace(src, dst)
        if os.path.basename(str(dst)).startswith("bm25"):  # not the converted model's own rename
            replaced.append(dst)
        # The old BM25 folder moved aside, the new one not yet in its place.
        if state["applying"] and point == "during-bm25-swap" and len(replaced) == 1:
            die()

    sparse.os.replace = replace

    sys.exit(main(["ingest", *paths]))
    '''
)

POINTS = ["between-vector-batches", "before-commit", "after-commit", "during-bm25-build", "during-bm25-swap"]
BEFORE_POINTS = {"between-vector-batches", "before-commit"}

ARTICLES = {
    "alpha.txt": "Alpha Minister Jane Roe said on Monday that the bridge at Kelso would reopen in May.\n\n"
    "She gave no reason for the delay. “We are doing all we can,” Roe told reporters.",
    "beta.txt": "Beta Council spokesman John Doe denied the report on Tuesday.\n\nHe called it “fiction”.",
    "gamma.txt": "Gamma Mayor Ana Lima said on Wednesday that the port of Vila Nova would stay closed.\n\n"
    "Lima added that fishermen would be compensated. “Nobody will be left behind,” she said.",
}
CHANGES = {  # the crashed ingest: one edited, one removed, two added
    "alpha.txt": ARTICLES["alpha.txt"].replace("in May", "in June") + "\n\nRoe said the cost had doubled.",
    "delta.txt": "Delta Governor Piet Smit warned on Thursday that the dam at Brandvlei was unsafe.\n\n"
    "“We cannot wait for another flood,” Smit said. Engineers said repairs would take a year.",
    "epsilon.txt": "Epsilon Senator Mary Major urged on Friday a vote on the budget.\n\n"
    "Major said the delay was costing jobs. The speaker, Tom Minor, said the vote would be held next week.",
}
REMOVED = "beta.txt"


def _write_folder(folder: Path, files: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")


def _settings(data: Path):
    return make_settings(data, WHOSAID_SEEDS=str(data / "no-seeds"))


def _open(data: Path):
    from index.corpus import Corpus

    return Corpus.open(_settings(data))


def snapshot(corpus) -> dict:
    """Everything an ingest changes, from all four stores, as comparable sets."""
    conn = corpus.conn
    chunks = {r[0]: r[1] for r in conn.execute("SELECT id, article_id FROM chunks")}
    statements: dict[str, set] = {}
    for row in conn.execute("SELECT article_id, id, speaker, start, end_ FROM statements"):
        statements.setdefault(row[0], set()).add(row[1:])
    return {
        "articles": {r[0]: r[1] for r in conn.execute("SELECT id, content_hash FROM articles")},
        "chunks": chunks,
        "vectors": corpus.vectors.ids(),
        "bm25": set(corpus.sparse.ids),
        "bm25_generation": corpus.sparse.generation,
        "generation": corpus.generation,
        "statements": statements,
    }


@pytest.fixture(scope="module")
def stores(tmp_path_factory):
    """The store before the ingest, the store after a clean one, and one crashed copy per point."""
    root = tmp_path_factory.mktemp("crash")
    folder = root / "articles"
    _write_folder(folder, ARTICLES)
    before_dir = root / "before"
    corpus = _open(before_dir)
    corpus.ingest([folder])
    before = snapshot(corpus)
    corpus.close()

    # The change every crashed process was making.
    (folder / REMOVED).unlink()
    _write_folder(folder, CHANGES)

    after_dir = root / "after"
    shutil.copytree(before_dir, after_dir)
    corpus = _open(after_dir)
    report = corpus.ingest([folder])
    assert report.added and report.updated and report.removed
    after = snapshot(corpus)
    corpus.close()
    assert before["chunks"] != after["chunks"]

    driver = root / "crash_driver.py"
    driver.write_text(DRIVER)

    def crash(point: str) -> tuple[Path, subprocess.CompletedProcess]:
        data = root / point
        shutil.copytree(before_dir, data)
        env = process_env(data, WHOSAID_SEEDS=str(data / "no-seeds"))
        proc = subprocess.run(
            [sys.executable, str(driver), point, str(folder)],
            env=env, cwd=str(root), capture_output=True, text=True, timeout=120,
        )
        return data, proc

    # The children are independent: run them two at a time to keep the suite quick.
    with ThreadPoolExecutor(max_workers=2) as pool:
        crashed = dict(zip(POINTS, pool.map(crash, POINTS)))
    return {"before": before, "after": after, "after_dir": after_dir, "crashed": crashed}


def _pristine_copy(data: Path, tmp_path: Path) -> Path:
    """Each test repairs its own copy of the crashed store: opening repairs it in place."""
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    return copy


@pytest.mark.parametrize("point", POINTS)
def test_a_killed_ingest_leaves_the_store_as_before_or_as_after(stores, tmp_path, point):
    data, proc = stores["crashed"][point]
    assert proc.returncode == -signal.SIGKILL, f"the child was not killed at {point}: {proc.stderr[-2000:]}"
    corpus = _open(_pristine_copy(data, tmp_path))
    try:
        state = snapshot(corpus)
    finally:
        corpus.close()
    expected = stores["before"] if point in BEFORE_POINTS else stores["after"]
    assert state == expected
    # The four stores agree with each other, chunk id for chunk id.
    assert set(state["chunks"]) == state["vectors"] == state["bm25"]
    assert set(state["articles"]) == set(state["chunks"].values())
    assert state["bm25_generation"] == state["generation"]


@pytest.mark.parametrize(
    "point, says",
    [
        ("between-vector-batches", ["removed 4 vectors of an interrupted ingest"]),
        ("before-commit", ["vectors of an interrupted ingest"]),
        ("after-commit", ["stale vectors left by an interrupted ingest", "rebuilt the keyword (BM25) index"]),
        ("during-bm25-build", ["rebuilt the keyword (BM25) index"]),
        ("during-bm25-swap", ["half-written keyword index", "rebuilt the keyword (BM25) index"]),
    ],
)
def test_opening_after_a_crash_says_what_it_repaired(stores, tmp_path, point, says):
    data, proc = stores["crashed"][point]
    assert proc.returncode == -signal.SIGKILL
    copy = _pristine_copy(data, tmp_path)
    corpus = _open(copy)
    try:
        repaired = corpus.repaired
        again = _open(copy)
        assert again.repaired == []  # repair is done once, not on every open
        again.close()
    finally:
        corpus.close()
    assert len(repaired) == len(says), repaired
    for line, fragment in zip(repaired, says):
        assert fragment in line
    assert not list(copy.glob(".bm25-*")), "no half-written keyword index is left behind"


def test_an_uninterrupted_ingest_leaves_nothing_to_repair(stores):
    corpus = _open(stores["after_dir"])
    try:
        assert corpus.repaired == []
        assert snapshot(corpus) == stores["after"]
    finally:
        corpus.close()


def test_garbage_in_the_corpus_database_is_one_clear_line(tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    (data / "corpus.sqlite3").write_bytes(b"this is not a database, it is garbage\n" * 200)
    env = process_env(data)
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "ask", "Who said the bridge would reopen?"],
        env=env, cwd=str(tmp_path), capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr + proc.stdout
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, proc.stderr
    assert lines[0].startswith("whosaid: The corpus database")
    assert "damaged" in lines[0]
    # Never advice that drops every ingested article.
    assert "aside" not in lines[0] and "Move" not in lines[0]


def test_after_an_ingest_the_database_file_alone_holds_it(fresh_app, tmp_path):
    # The ingest's pages stayed in corpus.sqlite3-wal (the commands exit without a checkpoint):
    # a backup of corpus.sqlite3, or a user who deleted the "-wal" file, had no articles at all.
    import sqlite3

    article = tmp_path / "ferry.txt"
    article.write_text("Ferry fares to rise\n\nHarbour master Orla Quenby said on Monday that fares would rise.\n")
    assert fresh_app.ingest([article]).added
    data = Path(fresh_app.settings.store.data_dir)
    backup = tmp_path / "backup.sqlite3"
    shutil.copyfile(data / "corpus.sqlite3", backup)
    with sqlite3.connect(backup) as conn:
        assert conn.execute("SELECT count(*) FROM articles").fetchone() == (1,)
