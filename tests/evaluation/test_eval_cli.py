"""`whosaid eval`: exit statuses, reports written, floors named."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from bot.terminal.cli import main

ROOT = Path(__file__).resolve().parents[2]
LAVROV = "003_3362ed2f4686983c.txt"


def write(path: Path, *records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def question(**changes) -> dict:
    return {"id": "c01", "question": "Who said that no checkpoint was envisioned on the Lachin Corridor?",
            "answerable": True, "expected": [["Lavrov"]], "sources": [LAVROV], "kind": "who", **changes}


@pytest.fixture
def data_dir(seeded_dir) -> Path:
    """The session's seeded index: eval only reads it."""
    return seeded_dir


def eval_args(data_dir: Path, *args) -> list[str]:
    return ["--data", str(data_dir), "eval", *map(str, args), "--mode", "extractive"]


def test_bad_question_file_exits_2_naming_the_line(tmp_path, capsys):
    bad = tmp_path / "bad.jsonl"
    bad.write_text(json.dumps(question()) + "\n" + json.dumps(question(id="c02", answerable="no")) + "\n")
    assert main(["eval", str(bad)]) == 2
    assert "line 2: field 'answerable' must be true or false" in capsys.readouterr().err


def test_bad_question_file_exits_2_from_the_command_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{oops\n")
    done = subprocess.run([sys.executable, "-m", "bot", "eval", str(bad)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and "line 1: invalid JSON" in done.stderr


def test_floor_out_of_range_is_a_usage_error(tmp_path):
    with pytest.raises(SystemExit) as info:
        main(["eval", str(write(tmp_path / "q.jsonl", question())), "--min-fact-recall", "70"])
    assert info.value.code == 2


def test_missed_floor_exits_1_and_is_named(tmp_path, data_dir, capsys):
    never = write(tmp_path / "q.jsonl", question(expected=[["a fact no answer contains"]]))
    assert main(eval_args(data_dir, never, "--min-fact-recall", "0.5")) == 1
    assert "fact recall 0.000 is below the floor 0.50" in capsys.readouterr().err


def test_met_floors_exit_0(tmp_path, data_dir):
    file = write(tmp_path / "q.jsonl", question())
    assert main(eval_args(data_dir, file, "--min-fact-recall", "0", "--min-abstention", "0")) == 0


def test_json_report_is_written_with_format_keys(tmp_path, data_dir):
    out = tmp_path / "out" / "report.json"
    main(eval_args(data_dir, write(tmp_path / "q.jsonl", question()), "--json", out))
    report = json.loads(out.read_text(encoding="utf-8"))
    assert {"overall", "by_kind", "questions"} <= report.keys() and report["questions"][0]["id"] == "c01"


def test_markdown_report_is_written(tmp_path, data_dir):
    out = tmp_path / "report.md"
    main(eval_args(data_dir, write(tmp_path / "q.jsonl", question()), "--markdown", out))
    assert "| fact recall |" in out.read_text(encoding="utf-8")


def test_k_overrides_the_number_of_passages(tmp_path, data_dir):
    out = tmp_path / "report.json"
    main(eval_args(data_dir, write(tmp_path / "q.jsonl", question()), "--k", "3", "--json", out))
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["k"] == 3 and len(report["questions"][0]["retrieved_sources"]) <= 3


def test_baseline_is_reported_beside_whosaid(tmp_path, data_dir):
    out = tmp_path / "report.json"
    main(eval_args(data_dir, write(tmp_path / "q.jsonl", question()), "--baseline", "--json", out))
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["baseline"]["system"] == "baseline" and report["baseline"]["overall"]["n"] == 1


def test_terminal_shows_the_tables(tmp_path, data_dir, capsys):
    main(eval_args(data_dir, write(tmp_path / "q.jsonl", question()), "--baseline"))
    out = capsys.readouterr().out
    assert "fact recall" in out and "baseline" in out


def test_unwritable_report_path_is_a_clear_error(tmp_path, data_dir, capsys):
    blocker = tmp_path / "file"
    blocker.write_text("")
    assert main(eval_args(data_dir, write(tmp_path / "q.jsonl", question()), "--json", blocker / "r.json")) == 2
    assert "Cannot write the report" in capsys.readouterr().err


def test_mode_overrides_the_answer_mode(tmp_path, data_dir):
    out = tmp_path / "report.json"
    file = write(tmp_path / "q.jsonl", question())
    main(["--data", str(data_dir), "eval", str(file), "--mode", "llm", "--json", str(out)])
    assert json.loads(out.read_text(encoding="utf-8"))["settings"]["answer_mode"] == "llm"
