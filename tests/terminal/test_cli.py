"""`whosaid ask` for scripts, and the REPL driven through a pseudo-terminal."""

import json
import subprocess
import sys
from pathlib import Path

import pexpect
import pytest

from conftest import process_env

ROOT = Path(__file__).resolve().parents[2]
WHOSAID = [sys.executable, "-m", "bot"]


def _env(data_dir):
    return process_env(data_dir, PROMPT_TOOLKIT_NO_CPR="1")


def test_ask_json_has_answer_abstained_and_citations_with_offsets(seeded_dir):
    out = subprocess.run(
        [*WHOSAID, "ask", "--json", "Who said that no checkpoint is envisioned on the Lachin corridor?"],
        capture_output=True, text=True, env=_env(seeded_dir), cwd=ROOT, timeout=120,
    )
    assert out.returncode == 0, out.stderr
    data = json.loads(out.stdout)
    assert isinstance(data["answer"], str) and data["abstained"] is False
    assert data["citations"]
    article = (ROOT / "seeds" / "003_3362ed2f4686983c.txt").read_text(encoding="utf-8")
    for c in data["citations"]:
        assert set(c) >= {"n", "article_id", "start", "end", "text"}
        if c["article_id"] == "003_3362ed2f4686983c.txt":
            assert article[c["start"] : c["end"]] == c["text"]
    assert "003_3362ed2f4686983c.txt" in {c["article_id"] for c in data["citations"]}
    assert "Lavrov" in data["answer"]


def test_ask_json_abstains_on_what_the_articles_do_not_cover(seeded_dir):
    out = subprocess.run(
        [*WHOSAID, "ask", "--json", "What did Emmanuel Macron say about the blockade?"],
        capture_output=True, text=True, env=_env(seeded_dir), cwd=ROOT, timeout=120,
    )
    data = json.loads(out.stdout)
    assert data["abstained"] is True and data["citations"] == []


def test_ask_with_an_empty_question_prints_one_clear_line(seeded_dir):
    out = subprocess.run([*WHOSAID, "ask", "  "], capture_output=True, text=True, env=_env(seeded_dir), cwd=ROOT, timeout=120)
    assert out.returncode == 2
    assert "Traceback" not in out.stderr and "question" in out.stderr.lower()


def test_add_is_another_name_for_ingest(tmp_path):
    (tmp_path / "none").mkdir()
    article = tmp_path / "pier.txt"
    article.write_text("Harbour chief Ilse Varga said on Monday that the pier would close.\n", encoding="utf-8")
    env = {**_env(tmp_path / "data"), "WHOSAID_SEEDS": str(tmp_path / "none")}
    out = subprocess.run([*WHOSAID, "add", str(article)], capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
    assert out.returncode == 0 and "1 added" in out.stdout, out.stderr


def test_ingest_of_a_missing_path_is_one_clear_line(seeded_dir, tmp_path):
    out = subprocess.run([*WHOSAID, "ingest", str(tmp_path / "nope")], capture_output=True, text=True,
                         env=_env(seeded_dir), cwd=ROOT, timeout=120)
    assert out.returncode == 2 and "does not exist" in out.stderr and "Traceback" not in out.stderr


@pytest.fixture
def repl(seeded_dir):
    child = pexpect.spawn(sys.executable, ["-m", "bot", "repl"], env=_env(seeded_dir), cwd=str(ROOT),
                          encoding="utf-8", timeout=60, dimensions=(50, 200))
    child.expect(r"whosaid>")
    yield child
    child.terminate(force=True)


def test_repl_answers_with_citations_and_shows_the_cited_passage(repl):
    repl.sendline("Who said that no checkpoint is envisioned on the Lachin corridor?")
    repl.expect(r"Sources")
    repl.expect(r"whosaid>")
    repl.sendline(":source 1")
    repl.expect(r"003_3362ed2f4686983c\.txt")
    repl.expect(r"whosaid>")
    repl.sendline(":sources")
    repl.expect(r"004_6cec359ea448f784\.txt")
    repl.expect(r"whosaid>")


def test_repl_ctrl_c_cancels_the_line_and_ctrl_d_quits(repl):
    repl.send("half a question")
    repl.sendintr()
    repl.expect(r"whosaid>")
    repl.sendline(":help")
    repl.expect(r":timeline")
    repl.expect(r"whosaid>")
    repl.sendeof()
    repl.expect(pexpect.EOF)


def test_repl_unknown_command_says_what_to_do(repl):
    repl.sendline(":frobnicate")
    repl.expect(r"Unknown command :frobnicate")


def test_a_damaged_vector_store_gives_one_line_and_rebuild_repairs_it(tmp_path):
    data = tmp_path / "data"
    run = lambda *argv: subprocess.run([*WHOSAID, *argv], capture_output=True, text=True,  # noqa: E731
                                       env=_env(data), cwd=ROOT, timeout=300)
    assert run("sources").returncode == 0
    (data / "chroma" / "chroma.sqlite3").write_bytes(b"this is not a database")
    broken = run("ask", "Who said no checkpoint is envisioned?")
    assert broken.returncode == 2 and "Traceback" not in broken.stderr
    assert "whosaid rebuild" in broken.stderr
    assert run("rebuild").returncode == 0
    fixed = run("ask", "--json", "Who said no checkpoint is envisioned?")
    assert fixed.returncode == 0 and json.loads(fixed.stdout)["citations"]


def test_an_unusable_data_directory_is_one_clear_line(tmp_path):
    not_a_folder = tmp_path / "file"
    not_a_folder.write_text("x")
    out = subprocess.run([*WHOSAID, "ask", "Who said it?"], capture_output=True, text=True, cwd=ROOT, timeout=120,
                         env={**_env(tmp_path), "WHOSAID_DATA": str(not_a_folder)})
    assert out.returncode == 2 and "WHOSAID_DATA" in out.stderr and "Traceback" not in out.stderr


def test_square_brackets_typed_in_the_repl_are_shown_as_typed_not_read_as_styles(repl):
    # ":who [/x]" ended the session with "unexpected error (MarkupError)"; "[b]" vanished.
    repl.sendline(":who [/x]")
    repl.expect(r"No statements by \[/x\] in the articles")
    repl.expect(r"whosaid>")
    repl.sendline(":[b]bold")
    repl.expect(r"Unknown command :\[b\]bold")
    repl.expect(r"whosaid>")
    repl.sendline(":help")
    repl.expect(r":timeline")


def test_square_brackets_in_a_speaker_name_are_printed_as_given(seeded_dir):
    out = subprocess.run([*WHOSAID, "statements", "--speaker", "[/red] [b]Nobody"], capture_output=True, text=True,
                         env=_env(seeded_dir), cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert "No statements by [/red] [b]Nobody in the articles." in out.stdout
