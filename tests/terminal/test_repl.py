"""The REPL through a pseudo-terminal: Ctrl-C during an answer, an over-long paste, the first build."""

from __future__ import annotations

import signal
import sys
import textwrap
import time
from contextlib import contextmanager
from pathlib import Path

import pexpect

from tests.conftest import ROOT, process_env

# Runs the real REPL with answering slowed down for questions that say "slowly", so the test
# can interrupt an answer while it is being computed (no timing guesses: it prints a marker).
SLOW_DRIVER = textwrap.dedent(
    '''
    import sys, time
    import bot.answering.answer as answer_module
    from bot.terminal.cli import main

    real = answer_module.answer

    def answer(question, *args, **kwargs):
        if "slowly" in question:
            print("COMPUTING-THE-ANSWER", flush=True)
            time.sleep(120)
        return real(question, *args, **kwargs)

    answer_module.answer = answer
    sys.exit(main(["repl"]))
    '''
)


def _env(data: Path, **extra: str) -> dict:
    return process_env(data, **extra, PROMPT_TOOLKIT_NO_CPR="1")


def _spawn(args: list[str], env: dict, timeout: float = 120) -> pexpect.spawn:
    return pexpect.spawn(sys.executable, args, env=env, cwd=str(ROOT), encoding="utf-8", timeout=timeout,
                         dimensions=(50, 200))


@contextmanager
def _repl_after_one_answer(driver: Path, source: str, seeded_dir: Path):
    """The REPL that the script `source` (saved as `driver`) runs over the seeds, once it has
    answered a first question; killed at the end."""
    driver.write_text(source)
    child = _spawn([str(driver)], _env(seeded_dir))
    try:
        child.expect("whosaid>")
        child.sendline("Who said that no checkpoint is envisioned on the Lachin corridor?")
        child.expect("Sources")
        child.expect("whosaid>")
        yield child
    finally:
        child.terminate(force=True)


def test_ctrl_c_during_an_answer_cancels_it_and_keeps_the_conversation(seeded_dir, tmp_path):
    with _repl_after_one_answer(tmp_path / "slow_repl.py", SLOW_DRIVER, seeded_dir) as child:
        child.sendline("And what did he say slowly about the mission?")
        child.expect("COMPUTING-THE-ANSWER")
        child.kill(signal.SIGINT)
        child.expect("Answer cancelled")
        child.expect("whosaid>")
        assert child.isalive()
        # The conversation survived: the last answer's citations still open.
        child.sendline(":source 1")
        child.expect(r"\.txt")
        child.expect("whosaid>")
        child.sendline(":quit")
        child.expect(pexpect.EOF)
        child.close()
        assert child.exitstatus == 0


# The real REPL, with answering failing unexpectedly for questions that say "explode".
FAILING_DRIVER = textwrap.dedent(
    '''
    import sys
    import bot.answering.answer as answer_module
    from bot.terminal.cli import main

    real = answer_module.answer

    def answer(question, *args, **kwargs):
        if "explode" in question:
            raise RuntimeError("a bug")
        return real(question, *args, **kwargs)

    answer_module.answer = answer
    sys.exit(main(["repl"]))
    '''
)


def test_an_unexpected_error_in_one_answer_keeps_the_session_and_the_conversation(seeded_dir, tmp_path):
    with _repl_after_one_answer(tmp_path / "failing_repl.py", FAILING_DRIVER, seeded_dir) as child:
        child.sendline("And did it explode?")
        child.expect(r"Unexpected error \(RuntimeError\); the session goes on")
        child.expect("whosaid>")
        child.sendline(":source 1")  # the conversation survived
        child.expect(r"\.txt")
        child.expect("whosaid>")
        assert child.isalive()


def test_pasting_twenty_thousand_characters_is_refused_at_once_and_the_prompt_still_works(tmp_path):
    data = tmp_path / "data"
    child = _spawn(["-m", "bot", "repl"], _env(data, WHOSAID_SEEDS=str(tmp_path / "none")))
    try:
        child.expect("whosaid>")
        started = time.monotonic()
        child.send(("the minister said " * 1200)[:20000] + "\r")  # no bracketed-paste markers
        child.expect("the limit is 1000", timeout=30)
        assert time.monotonic() - started < 30
        child.expect("whosaid>")
        child.sendline(":help")
        child.expect(":timeline")
        child.expect("whosaid>")
    finally:
        child.terminate(force=True)


ARTICLES = {
    "harbour.txt": "Harbour Minister Ilse Varga said on Monday that the north pier would close for repairs.\n\n"
    "“Safety comes first,” Varga told reporters.",
    "schools.txt": "Education chief Tomas Brel said on Tuesday that classes would start an hour later.\n\n"
    "Parents welcomed the change, Brel said.",
}


def test_the_first_index_build_shows_progress(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    child = _spawn(["-m", "bot", "repl"], _env(tmp_path / "data", WHOSAID_SEEDS=str(seeds)))
    try:
        child.expect(r"Building the index: reading articles")
        child.expect(r"articles indexed")
        child.expect("whosaid>")
    finally:
        child.terminate(force=True)
