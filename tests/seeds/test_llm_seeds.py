"""`whosaid ask` on the shipped seeds with a model that cites a passage that does not exist and
invents a figure: the user sees the supported sentence only, labelled as the model's."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from conftest import process_env
from fake_openai import TEST_KEY, fake_openai, respond, user_message  # noqa: F401

ROOT = Path(__file__).resolve().parent.parent.parent
QUESTION = "What did Lavrov say about checkpoints?"
INVENTED = "4,750"


def careless_model(request_json: dict) -> str:
    prompt = user_message(request_json)
    passages = re.findall(r'<passage n="(\d+)"[^>]*>\n(.*?)\n</passage>', prompt, re.S)
    n = next(k for k, text in passages if "would not be checkpoints" in text)
    missing = len(re.findall(r'<(?:passage|record) n="', prompt)) + 7
    return (f"Lavrov said there would not be checkpoints on the Lachin Corridor [{n}][{missing}]. "
            f"Lavrov said {INVENTED} Russian peacekeepers would guard the corridor [{n}]. "
            f"Lavrov said the corridor would stay open [{missing}].")


def test_ask_shows_only_the_supported_sentence_of_a_careless_model_and_labels_it(seeded_dir, fake_openai):
    fake_openai.push(respond(careless_model))
    env = process_env(seeded_dir, OPENAI_BASE_URL=fake_openai.url, OPENAI_API_KEY=TEST_KEY, OPENAI_TIMEOUT="10")
    out = subprocess.run([sys.executable, "-m", "bot", "ask", QUESTION], capture_output=True, text=True,
                         env=env, cwd=ROOT, timeout=180)
    assert out.returncode == 0, out.stderr
    assert len(fake_openai.requests) == 1
    shown = " ".join(out.stdout.split())
    assert "Lavrov said there would not be checkpoints on the Lachin Corridor [1]." in shown
    assert INVENTED not in shown and "stay open" not in shown
    assert re.findall(r"\[(\d+)\]", shown.split("Sources")[0]) == ["1"]
    assert "Written by the language model" in shown and "2 sentences it could not support left out" in shown
