"""A cold `whosaid ask` starts loading the parser before its own imports (the parser is the longest
part of it), once: the facade's own preload finds that load under way. Other commands do not."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT, process_env

SPY = (
    "import json, sys\n"
    "import index.parser_loading as loading\n"
    "real, calls = loading.load_in_background, []\n"
    "def spy():\n"
    "    thread = real()\n"
    "    calls.append(['bot.service' in sys.modules, id(thread)])\n"
    "    return thread\n"
    "loading.load_in_background = spy\n"
    "sys.argv = ['whosaid', *sys.argv[1:]]\n"
    "from bot.terminal.cli import main\n"
    "try:\n"
    "    main()\n"
    "finally:\n"
    "    print(json.dumps(calls))\n"
)


def _calls(data_dir, *args: str) -> list:
    env = process_env(data_dir, WHOSAID_MODE="extractive")
    out = subprocess.run([sys.executable, "-c", SPY, *args], env=env, cwd=ROOT, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


def test_ask_starts_the_parser_before_its_imports_and_once(seeded_dir):
    calls = _calls(seeded_dir, "ask", "What did the minister say about the talks?")
    assert calls[0][0] is False  # before the facade (and the rest of whosaid) was imported
    assert len({thread for _, thread in calls}) == 1  # `Whosaid.prepare` found the same load


def test_a_listing_does_not_load_the_parser(seeded_dir):
    assert _calls(seeded_dir, "sources") == []


def test_asking_for_help_does_not_load_it(seeded_dir):
    assert _calls(seeded_dir, "ask", "--help") == []
