"""The command line at its edges: closed pipes, log levels, a read-only or half-broken data directory."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, process_env

WHOSAID = [sys.executable, "-m", "bot"]


def _env(data: Path, **extra: str) -> dict:
    return process_env(data, **extra)


def _run(data: Path, *args: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([*WHOSAID, *args], capture_output=True, text=True, env=_env(data, **extra), cwd=ROOT,
                          timeout=300)


def _with_reader_gone(data: Path, *args: str) -> subprocess.CompletedProcess:
    """Run with stdout a pipe whose reader has already left (what `| head` does, made certain)."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        return subprocess.run([*WHOSAID, *args], stdout=write_end, stderr=subprocess.PIPE, text=True,
                              env=_env(data), cwd=ROOT, timeout=300)
    finally:
        os.close(write_end)


@pytest.mark.parametrize("args", [["statements"], ["ask", "Who said that no checkpoint is envisioned?"],
                                  ["sources"]])
def test_output_into_a_closed_pipe_exits_quietly_with_0(seeded_dir, args):
    out = _with_reader_gone(seeded_dir, *args)
    assert out.returncode == 0, out.stderr
    assert "BrokenPipe" not in out.stderr and "Traceback" not in out.stderr and "unexpected" not in out.stderr


def test_verbose_never_lowers_a_debug_log_level(seeded_dir):
    out = _run(seeded_dir, "-v", "ask", "Who said that no checkpoint is envisioned?", WHOSAID_LOG_LEVEL="DEBUG")
    assert out.returncode == 0, out.stderr
    assert " DEBUG " in out.stderr
    quieter = _run(seeded_dir, "-v", "ask", "Who said that no checkpoint is envisioned?", WHOSAID_LOG_LEVEL="WARNING")
    assert " DEBUG " not in quieter.stderr


def test_sources_and_statements_work_when_only_the_vector_store_is_broken(seeded_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(seeded_dir, data)
    (data / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database")
    listed = _run(data, "sources")
    assert listed.returncode == 0, listed.stderr
    assert "003_3362ed2f4686983c.txt" in listed.stdout
    assert "whosaid rebuild" in listed.stderr and "Traceback" not in listed.stderr
    statements = _run(data, "statements", "--json")
    assert statements.returncode == 0 and statements.stdout.lstrip().startswith("[")


@contextlib.contextmanager
def _read_only(folder: Path):
    """No new file can be made in `folder`: chmod for a user, the immutable flag for root."""
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(folder)], capture_output=True).returncode != 0:
            pytest.skip("cannot make a folder read-only here (root without chattr)")
        try:
            yield
        finally:
            subprocess.run(["chattr", "-i", str(folder)], check=True)
    else:
        mode = folder.stat().st_mode
        folder.chmod(0o555)
        try:
            yield
        finally:
            folder.chmod(mode)


def test_a_read_only_data_directory_is_a_permission_problem_and_nothing_is_lost(seeded_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(seeded_dir, data)
    before = _run(data, "sources").stdout
    for name in ("writer.lock", "writer.json"):  # as a process that is not running leaves it
        (data / name).unlink(missing_ok=True)
    with _read_only(data):
        out = _run(data, "ask", "Who said that no checkpoint is envisioned?")
    assert out.returncode == 2
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, out.stderr
    message = lines[0].lower()
    assert "read-only" in message or "permission" in message
    assert "damaged" not in message.replace("nothing in it is damaged", "")
    assert "aside" not in message and "move" not in message
    after = _run(data, "sources")
    assert after.returncode == 0 and after.stdout == before


@pytest.mark.parametrize("options", [["-v"], ["--data", "DATA"]])
def test_global_options_without_a_command_start_the_repl(seeded_dir, options):
    # `whosaid -v` once failed with "unrecognized arguments": the options were given to `repl`.
    args = [str(seeded_dir) if o == "DATA" else o for o in options]
    done = subprocess.run([*WHOSAID, *args], input=":quit\n", capture_output=True, text=True, env=_env(seeded_dir),
                          cwd=ROOT, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "articles indexed" in done.stdout and "unrecognized" not in done.stderr


@pytest.mark.parametrize("damage", ["emptied", "deleted"])
def test_a_lost_corpus_database_beside_its_index_is_reported_not_silently_started_over(seeded_dir, tmp_path, damage):
    # It once counted as a first use: the vectors went as "an interrupted ingest", the seeds came back,
    # and every article the user had ingested was gone without a word.
    data = tmp_path / "data"
    shutil.copytree(seeded_dir, data)
    corpus = data / "corpus.sqlite3"
    for side in ("-wal", "-shm"):
        corpus.with_name(corpus.name + side).unlink(missing_ok=True)
    corpus.write_bytes(b"") if damage == "emptied" else corpus.unlink()
    vectors = (data / "chroma" / "chroma.sqlite3").read_bytes()
    out = _run(data, "ask", "Who said that no checkpoint is envisioned?")
    assert out.returncode == 2
    lines = [line for line in out.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "corpus database" in lines[0] and "WHOSAID_DATA" in lines[0], out.stderr
    assert (data / "chroma" / "chroma.sqlite3").read_bytes() == vectors  # the rest is kept as it was
    assert not corpus.exists() or corpus.stat().st_size == 0


# `whosaid ingest` that gets Ctrl-C (a real SIGINT to itself) once embedding has begun.
INTERRUPTED_INGEST = """
import contextlib, os, signal, sys
import bot.terminal.repl as repl
from bot.terminal.cli import main

@contextlib.contextmanager
def progress_bar(console, label="", lines_when_piped=False):
    def progress(stage, done, total):
        if stage.startswith("embedding"):
            os.kill(os.getpid(), signal.SIGINT)
    yield progress

repl.progress_bar = progress_bar
sys.exit(main(["ingest", *sys.argv[1:]]))
"""


def test_ctrl_c_during_ingest_says_nothing_was_half_added_and_a_rerun_adds_it(seeded_dir, tmp_path):
    data = tmp_path / "data"
    shutil.copytree(seeded_dir, data)
    folder = tmp_path / "new"
    folder.mkdir()
    (folder / "pier.txt").write_text("Harbour chief Ilse Varga said on Monday that the pier would close.\n\n"
                                     "\"Safety comes first,\" Varga told reporters.\n", encoding="utf-8")
    before = _run(data, "sources").stdout
    driver = tmp_path / "interrupted_ingest.py"
    driver.write_text(INTERRUPTED_INGEST)
    out = subprocess.run([sys.executable, str(driver), str(folder)], capture_output=True, text=True, env=_env(data),
                         cwd=ROOT, timeout=300)
    assert out.returncode == 130 and "Traceback" not in out.stderr
    assert "interrupted" in out.stderr.lower() and "again" in out.stderr.lower(), out.stderr
    assert _run(data, "sources").stdout == before
    again = _run(data, "ingest", str(folder))
    assert again.returncode == 0 and "1 added" in again.stdout


def test_a_data_directory_that_is_a_file_is_said_to_be_a_file(tmp_path):
    # It said "(File exists)", which reads as if nothing were wrong.
    a_file = tmp_path / "notes.txt"
    a_file.write_text("my notes")
    out = _run(a_file, "sources")
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert "is a file, not a folder" in out.stderr and "File exists" not in out.stderr
    assert a_file.read_text() == "my notes"


def test_ingesting_a_folder_without_articles_says_none_were_found(seeded_dir, tmp_path):
    # It printed "0 added, 0 updated, 0 unchanged" and exited 0, as if all had gone well.
    data = tmp_path / "data"
    shutil.copytree(seeded_dir, data)
    folder = tmp_path / "downloads"
    (folder / "inner").mkdir(parents=True)
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    out = _run(data, "ingest", str(folder))
    assert out.returncode == 1, out.stdout + out.stderr
    assert "no .txt or .md articles" in (out.stdout + out.stderr).replace("\n", " ")
    assert "Traceback" not in out.stderr


def test_removing_an_unknown_id_says_only_that(seeded_dir, tmp_path):
    # It printed "0 added, 0 updated, 0 unchanged (0 passages indexed, 0 removed)" first.
    data = tmp_path / "data"
    shutil.copytree(seeded_dir, data)
    out = _run(data, "remove", "no-such-article.txt")
    assert out.returncode == 1
    assert "added" not in out.stdout and "not in the index: no-such-article.txt" in out.stdout


def test_a_ctrl_c_swallowed_by_a_destructor_still_counts_as_pressed():
    # Python drops an exception raised in __del__; the ingest must still say it was interrupted.
    import gc

    from bot.terminal.commands import _ctrl_c_remembered

    class Dropped:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGINT)
            for _ in range(1000):  # the handler runs between bytecodes, here
                pass

    with _ctrl_c_remembered() as pressed:
        Dropped()
        gc.collect()
    assert pressed


def test_a_command_that_ends_waits_for_the_parser_loader():
    # A command ending while a daemon thread still imports the parser's native code shut the
    # interpreter down under it (a segmentation fault after the error line, under load).
    import threading
    import time

    from bot.terminal.cli import LOADERS, let_loaders_finish

    done = threading.Event()

    def load():
        time.sleep(0.3)
        done.set()

    loader = threading.Thread(target=load, name=LOADERS[0], daemon=True)
    other = threading.Thread(target=time.sleep, args=(5,), name="someone-else", daemon=True)
    loader.start()
    other.start()
    let_loaders_finish(wait=10)
    assert done.is_set() and not loader.is_alive()
    assert other.is_alive()  # only the loaders are waited for
