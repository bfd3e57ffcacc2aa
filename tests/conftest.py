"""Shared fixtures. No test reaches the network: any connection off 127.0.0.1 fails loudly."""

from __future__ import annotations

import gc
import os
import shutil
import signal
import socket
from pathlib import Path

import pytest

# A test run started in the background by a shell without job control (`make test &`) inherits
# SIGINT ignored, and so would every whosaid process the Ctrl-C tests start: Python installs its
# KeyboardInterrupt handler only where SIGINT is not ignored. Those tests need what a terminal gives.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
# Tests never read a developer's .env or real keys.
for _key in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "TELEGRAM_BOT_TOKEN", "CHROMA_HOST_FOR_DEV"):
    os.environ.pop(_key, None)

@pytest.fixture(autouse=True)
def _collector_as_found():
    """A warm-up freezes the index's tables for the cyclic collector (bot/answering/warm.py), for the
    rest of its process: in one pytest process that would carry over into every later test."""
    frozen = gc.get_freeze_count()
    yield
    if not frozen and gc.get_freeze_count():
        gc.unfreeze()


@pytest.fixture(autouse=True)
def _readers_fail_loudly(monkeypatch):
    """A reader's bug fails the test that meets it, rather than being answered around by the
    safety nets users get (index/safety_net.py; their own tests turn them back on)."""
    monkeypatch.setattr("index.safety_net.STRICT", True)


_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address) -> bool:
    if isinstance(address, (str, bytes)):
        return True  # unix sockets
    host = address[0]
    return host in ("localhost", "::1") or str(host).startswith("127.")


def _guarded_connect(self, address):
    if not _is_local(address):
        raise RuntimeError(f"test tried to reach the network: {address!r}")
    return _real_connect(self, address)


def _guarded_connect_ex(self, address):
    if not _is_local(address):
        raise RuntimeError(f"test tried to reach the network: {address!r}")
    return _real_connect_ex(self, address)


socket.socket.connect = _guarded_connect
socket.socket.connect_ex = _guarded_connect_ex


def env_for(data_dir: Path, **extra: str) -> dict[str, str]:
    """Settings environment for a test: its own data dir, the shipped seeds, no keys."""
    env = {"WHOSAID_DATA": str(data_dir), "WHOSAID_SEEDS": str(SEEDS)}
    if os.environ.get("CHROMA_HOST"):
        env["CHROMA_HOST"] = os.environ["CHROMA_HOST"]
        env["CHROMA_PORT"] = os.environ.get("CHROMA_PORT", "8000")
    env.update(extra)
    return env


def process_env(data_dir: Path, **extra: str) -> dict[str, str]:
    """The environment of a `whosaid` subprocess: this one's, a test's settings (`env_for`), and
    this checkout first on the import path."""
    return {**os.environ, **env_for(data_dir, **extra), "PYTHONPATH": str(ROOT)}


def make_settings(data_dir: Path, **extra: str):
    from index.settings import load_settings

    return load_settings(env=env_for(data_dir, **extra), dotenv_path=Path("/nonexistent"))


@pytest.fixture(scope="session")
def seeded_dir(tmp_path_factory) -> Path:
    """A data directory with the seed articles indexed once per test session."""
    from bot.service import Whosaid

    path = tmp_path_factory.mktemp("seeded")
    app = Whosaid(make_settings(path))
    app.close()
    return path


@pytest.fixture(scope="session")
def whosaid_app(seeded_dir):
    """The real facade over the seeds (read-only use: do not ingest into it)."""
    from bot.service import Whosaid

    app = Whosaid(make_settings(seeded_dir))
    yield app
    app.close()


@pytest.fixture
def fresh_app(tmp_path):
    """A facade over an empty corpus of its own (no seeds), for ingest tests."""
    from bot.service import Whosaid

    app = Whosaid(make_settings(tmp_path / "data"), seed=False)
    yield app
    app.close()


@pytest.fixture
def seeds_copy(tmp_path) -> Path:
    folder = tmp_path / "articles"
    shutil.copytree(SEEDS, folder)
    return folder
