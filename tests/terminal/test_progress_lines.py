"""`whosaid ingest` into a log or a pipe: a plain line per 10 % of each long stage (issue 11, point 6)."""

import io

from bot.terminal.render import Console
from bot.terminal.repl import progress_bar, progress_lines


def _console() -> tuple[Console, io.StringIO]:
    out = io.StringIO()
    return Console(file=out, force_terminal=False, width=100), out


def test_a_long_stage_prints_one_line_per_ten_percent():
    console, out = _console()
    progress = progress_lines(console, "Ingesting", quiet_for=0)
    for done in range(0, 1001):
        progress("reading articles", done, 1000)
    lines = out.getvalue().splitlines()
    assert lines == [f"Ingesting: reading articles {p}%" for p in range(0, 101, 10)]


def test_a_quick_stage_prints_nothing_and_a_bar_is_never_drawn_into_a_pipe():
    console, out = _console()
    with progress_bar(console, "Ingesting", lines_when_piped=True) as progress:
        for done in range(0, 11):
            progress("embedding", done, 10)
    assert out.getvalue() == ""
