"""Every offset the user is given points into the file as it is on disk, front matter or not."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, process_env

WHOSAID = [sys.executable, "-m", "bot"]

FRONT = """---
title: Harbour authority delays the new ferry terminal by a year
outlet: The Coastal Courier
published: 2024-04-18
url: https://courier.example/2024/04/18/ferry
---

PORTVALE — The harbour authority said on Wednesday that the new ferry terminal would open a year late, blaming a shortage of steel.

"We will not open a terminal that is not safe," the authority's chief executive, Marta Lindqvist, told reporters. "A year is the honest figure."

Councillor Joe Brannigan said the delay would cost local shops dearly. "Every month without the terminal is a month without visitors," he said.
"""

PLAIN = (
    "Bakers protest flour prices\r\n\r\nBy Ana Ruiz\r\nPublished: 3 Feb 2023, 10:00 GMT\r\n\r\n"
    "DORNBY — Bakers marched through the town on Thursday to protest against flour prices.\r\n\r\n"
    '"We cannot bake at a loss," Ilse Marr said.\r\n\r\n'
    "Subscribe to our newsletter\r\n"
)


@pytest.fixture(scope="module")
def corpus_dir(tmp_path_factory):
    folder = tmp_path_factory.mktemp("articles")
    (folder / "ferry.md").write_text(FRONT, encoding="utf-8")
    (folder / "bakers.txt").write_bytes(PLAIN.encode("utf-8"))
    return folder


def _run(corpus_dir, data_dir, *args):
    env = process_env(data_dir, WHOSAID_SEEDS=str(corpus_dir), WHOSAID_MODE="extractive", COLUMNS="200")
    out = subprocess.run([*WHOSAID, *args], capture_output=True, text=True, env=env, cwd=ROOT, timeout=240)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout) if "--json" in args else out.stdout


def _on_disk(folder: Path, article_id: str) -> str:
    # newline="" keeps "\r\n" as it is in the file
    with open(folder / article_id, encoding="utf-8", newline="") as f:
        return f.read()


def test_ask_json_citations_slice_the_file_on_disk(corpus_dir, tmp_path):
    data = _run(corpus_dir, tmp_path, "ask", "--json", "Why did the harbour authority say the ferry terminal would open late?")
    cited = data["citations"] + data["related"]
    assert cited
    for c in cited:
        assert _on_disk(corpus_dir, c["article_id"])[c["start"] : c["end"]] == c["text"]


def test_statements_json_spans_slice_the_file_on_disk(corpus_dir, tmp_path):
    records = _run(corpus_dir, tmp_path, "statements", "--json")
    assert {r["article_id"] for r in records} == {"ferry.md", "bakers.txt"}
    for r in records:
        text = _on_disk(corpus_dir, r["article_id"])
        assert text[r["start"] : r["end"]] == r["text"]
        assert r["start"] > (text.index("\n---", 3) if r["article_id"] == "ferry.md" else 0)


def test_sources_verbose_lists_what_cleaning_left_out(corpus_dir, tmp_path):
    out = _run(corpus_dir, tmp_path, "sources", "--verbose")
    assert "bakers.txt: left out, line 10: Subscribe to our newsletter" in out
    assert "The Coastal Courier, 18 April 2024" in out and "3 February 2023" in out
