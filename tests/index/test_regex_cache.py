"""Kept compilations of regular expressions (index/regex_cache.py): the same patterns, replayed
across processes, and a damaged or foreign file never an error."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from index import regex_cache

ROOT = Path(__file__).resolve().parents[2]

# Named groups, flags, classes wide enough for the engine's big charsets, bytes, lookarounds.
PATTERNS = [
    (r"(?P<who>[A-Z][a-z]+) said(?: on (?P<day>\w+day))?", 0),
    (r"\b(?:minister|president)s?\b", re.I),
    (r"[\u00c0-\u024f\u0400-\u04ff]+(?=\s)", 0),
    (r"^\s*(\d{1,2}):(\d{2})\s*$", re.M),
    (rb"\xff(?P<x>ab)+", 0),
    (r"(a)(b)?(?(2)c|d)", re.X | re.S),
]
TEXTS = ["Anna said on Monday", "THE MINISTERS met", "Zoë ёжик x", " 12:30 \n7:05", "no", "abc ad"]


def _fresh(path: Path):
    regex_cache.uninstall()
    re.purge()
    kept = regex_cache.install(path)
    assert kept is not None
    return kept


@pytest.fixture(autouse=True)
def _restore():
    yield
    regex_cache.uninstall()
    re.purge()


def _behaviour(patterns):
    out = []
    for p in patterns:
        for text in TEXTS:
            subject = text.encode("latin-1", "replace") + b"\xffabab" if isinstance(p.pattern, bytes) else text
            m = p.search(subject)
            out.append((p.pattern, p.flags, p.groups, dict(p.groupindex), m and (m.span(), m.groups())))
    return out


def test_a_replayed_pattern_is_the_pattern_python_compiles(tmp_path):
    regex_cache.uninstall()
    re.purge()
    plain = _behaviour([re.compile(p, f) for p, f in PATTERNS])
    path = tmp_path / "regex.bin"
    kept = _fresh(path)
    first = _behaviour([re.compile(p, f) for p, f in PATTERNS])
    assert kept.added == len(PATTERNS) and kept.replayed == 0
    kept.save()
    kept = _fresh(path)  # another process: reads the file
    replayed = _behaviour([re.compile(p, f) for p, f in PATTERNS])
    assert kept.replayed == len(PATTERNS) and kept.added == 0
    assert plain == first == replayed


def test_a_changed_pattern_is_compiled_and_added(tmp_path):
    path = tmp_path / "regex.bin"
    kept = _fresh(path)
    re.compile(r"old (pattern)")
    kept.save()
    kept = _fresh(path)
    assert re.compile(r"new (pattern)").match("new pattern").group(1) == "pattern"
    assert kept.added == 1 and kept.replayed == 0
    kept.save()
    assert set(regex_cache.read(path)) == {("old (pattern)", 0), ("new (pattern)", 0)}


@pytest.mark.parametrize("damage", [
    lambda data: data[: len(data) // 2],  # a write cut short
    lambda data: data[:-3] + b"xyz",  # garbled
    lambda data: b"something else entirely",
    lambda data: b"",
])
def test_a_damaged_file_is_ignored_and_rewritten(tmp_path, damage):
    path = tmp_path / "regex.bin"
    kept = _fresh(path)
    re.compile(r"(?P<a>x)+y")
    kept.save()
    path.write_bytes(damage(path.read_bytes()))
    kept = _fresh(path)
    assert kept.entries == {}
    assert re.compile(r"(?P<a>x)+y").match("xxy").group("a") == "x"
    kept.save()
    assert ("(?P<a>x)+y", 0) in regex_cache.read(path)


def test_a_code_the_engine_refuses_is_compiled_the_ordinary_way(tmp_path):
    path = tmp_path / "regex.bin"
    kept = _fresh(path)
    kept.entries[("a+b", 0)] = (32, b"\x00\x00\x00\x00", 0, {}, (None,))  # a well-formed file, wrong code
    assert re.compile("a+b").match("aab").group() == "aab"
    assert kept.replayed == 0


def test_an_unwritable_folder_is_no_error(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("")
    kept = _fresh(blocker / "sub" / "regex.bin")
    re.compile(r"q(u)+")
    kept.save()  # no exception


def test_the_command_line_keeps_its_patterns_between_processes(tmp_path):
    """`whosaid` writes the file at exit and the next process replays from it."""
    env = {"XDG_CACHE_HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT),
           "WHOSAID_DATA": str(tmp_path / "data"), "WHOSAID_SEEDS": str(tmp_path / "none")}
    probe = ("import sys; from index import regex_cache as r; from bot.terminal import cli; "
             "sys.argv = ['whosaid', '--help']\n"
             "try: cli.main()\nexcept SystemExit: pass\n"
             "print(r._installed.added, r._installed.replayed, file=sys.stderr)")
    first = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=ROOT)
    assert regex_cache.cache_file("repl").name in {p.name for p in (tmp_path / "whosaid").iterdir()}
    second = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=ROOT)
    added_1, _ = map(int, first.stderr.split()[-2:])
    added_2, replayed_2 = map(int, second.stderr.split()[-2:])
    assert added_1 > 0 and added_2 == 0 and replayed_2 > 0


def test_each_command_keeps_its_own_file():
    from bot.terminal.cli import _command_named

    assert [_command_named(a) for a in (["ask", "Who?"], ["--data", "d", "-v", "eval", "q"], [], ["-v"])] == \
        ["ask", "eval", "repl", "repl"]
    assert regex_cache.cache_file("ask") != regex_cache.cache_file("eval")
    assert regex_cache.cache_file("../x").name.endswith("-other.bin")


def test_a_file_swollen_by_a_rare_run_shrinks_to_what_its_kind_uses(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "MIN_KEPT", 10)
    path = tmp_path / "regex.bin"
    kept = _fresh(path)
    for i in range(40):  # a rare run of this kind compiles many patterns once
        re.compile(rf"rare{i}(x+)")
    kept.save()
    assert len(regex_cache.read(path)) == 40
    kept = _fresh(path)
    for i in range(4):  # the usual run: a few patterns, all kept before
        re.compile(rf"rare{i}(x+)")
    assert kept.added == 0
    kept.save()
    entries = regex_cache.read(path)
    assert len(entries) == 10 and all((f"rare{i}(x+)", 0) in entries for i in range(4))
