"""What a user sees while the index opens: "Building the index" only when a build really happens,
said before it starts; a repair said once, never as a build."""

from __future__ import annotations

import io
import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from tests.conftest import ROOT, make_settings, process_env

WHOSAID = [sys.executable, "-m", "bot"]
QUESTION = "Who said the north pier would close?"
ARTICLES = {
    "harbour.txt": "Harbour Minister Ilse Varga said on Monday that the north pier would close for repairs. "
    "Ferries will use the south pier until June.\n\n"
    "“Safety comes first,” Varga told reporters.",
    "schools.txt": "Education chief Tomas Brel said on Tuesday that classes would start an hour later.\n\n"
    "Parents welcomed the change, Brel said.",
}
# `whosaid ask`, with a marker printed when the corpus starts reading the articles to index.
MARKED_ASK = textwrap.dedent(
    """
    import sys
    import index.corpus as corpus_module
    from bot.terminal.cli import main

    real = corpus_module.plan_ingest

    def plan_ingest(*args, **kwargs):
        print("READING-THE-ARTICLES", flush=True)
        return real(*args, **kwargs)

    corpus_module.plan_ingest = plan_ingest
    sys.exit(main(sys.argv[1:]))
    """
)


def _run(data: Path, seeds: Path, *args: str) -> str:
    """stdout and stderr of one command, interleaved as a user's terminal shows them."""
    env = process_env(data, WHOSAID_SEEDS=str(seeds))
    out = subprocess.run(list(args), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env,
                         cwd=ROOT, timeout=600)
    assert out.returncode == 0, out.stdout
    return out.stdout


@pytest.fixture(scope="module")
def first_run(tmp_path_factory) -> tuple[str, Path, Path]:
    """A first `whosaid ask` on an empty data directory: its output, the data directory, the seeds."""
    root = tmp_path_factory.mktemp("first-run")
    seeds = root / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    driver = root / "marked_ask.py"
    driver.write_text(MARKED_ASK)
    output = _run(root / "data", seeds, sys.executable, str(driver), "ask", QUESTION)
    return output, root / "data", seeds


def test_a_first_build_is_announced_once_before_the_articles_are_read(first_run):
    output, _, _ = first_run
    assert output.count("Building the index") == 1, output
    assert output.index("Building the index") < output.index("READING-THE-ARTICLES"), output
    assert "Varga" in output  # and the question is answered


def test_a_built_index_opens_without_a_build_line(first_run, tmp_path):
    _, data, seeds = first_run
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    output = _run(copy, seeds, *WHOSAID, "ask", QUESTION)
    assert "Building" not in output and "Varga" in output, output


def test_a_repair_is_said_once(first_run, tmp_path):
    _, data, seeds = first_run
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    for bm25 in copy.glob("bm25-*"):
        shutil.rmtree(bm25)
    output = _run(copy, seeds, *WHOSAID, "sources")
    assert output.count("rebuilt the keyword (BM25) index") == 1, output
    assert "Building" not in output


def test_a_repair_on_a_terminal_is_not_shown_as_a_build(first_run, tmp_path, monkeypatch):
    from rich.progress import Progress

    from bot.terminal.render import Console
    from bot.terminal.repl import open_with_progress
    from index import sentence_vectors

    _, data, seeds = first_run
    copy = tmp_path / "data"
    shutil.copytree(data, copy)
    with sqlite3.connect(copy / "corpus.sqlite3") as conn:  # an index from before sentence vectors
        conn.execute("DELETE FROM meta WHERE key IN (?, ?)", (sentence_vectors.COMPLETE, sentence_vectors.WHOLE))
    bars: list[str] = []  # each bar's label (a quick stage may end before the screen is redrawn)
    real_add_task = Progress.add_task
    monkeypatch.setattr(Progress, "add_task", lambda self, label, *a, **k: bars.append(label) or real_add_task(self, label, *a, **k))
    screen = io.StringIO()
    app = open_with_progress(make_settings(copy, WHOSAID_SEEDS=str(seeds)), Console(file=screen, force_terminal=True, width=200))
    app.close()
    assert bars and not any("Building" in label for label in bars), bars
    assert screen.getvalue().count("embedded the sentences of stored passages") == 1, screen.getvalue()
