"""Server mode: a real `chroma run` on 127.0.0.1 holds the vectors; SQLite and BM25 stay local."""

from __future__ import annotations

import contextlib
import json
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.conftest import make_settings

QUESTION = "Who said that the Lachin Corridor blockade was illegal?"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _chroma_script() -> Path:
    script = Path(sys.executable).parent / "chroma"
    if not script.exists():  # e.g. a venv whose python is a symlink elsewhere
        found = shutil.which("chroma")
        if found is None:
            pytest.fail("the `chroma` console script is not installed next to python; run `make install`")
        script = Path(found)
    return script


def _heartbeat(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v2/heartbeat", timeout=1) as resp:
            return resp.status == 200 and "nanosecond heartbeat" in json.loads(resp.read())
    except (OSError, ValueError):
        return False


@contextlib.contextmanager
def running_chroma(path: Path, deadline_s: float = 60):
    """`chroma run` on a free port with its data in `path`; yields the port; stops it on exit."""
    port = _free_port()
    log_path = path / "server.log"
    with open(log_path, "wb") as log:
        proc = subprocess.Popen(
            [str(_chroma_script()), "run", "--path", str(path / "db"), "--host", "127.0.0.1", "--port", str(port)],
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
        try:
            deadline = time.monotonic() + deadline_s
            while not _heartbeat(port):
                if proc.poll() is not None:
                    pytest.fail(f"chroma run exited with {proc.returncode}: {log_path.read_text()[-2000:]}")
                if time.monotonic() > deadline:
                    pytest.fail(f"chroma run gave no heartbeat within {deadline_s} s: {log_path.read_text()[-2000:]}")
                time.sleep(0.1)  # poll interval; the heartbeat is the synchronisation
            yield port
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=15)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=15)


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    """A real Chroma server for this module."""
    path = tmp_path_factory.mktemp("chroma-server")
    with running_chroma(path) as port:
        yield {"port": port, "path": path / "db"}


@pytest.fixture(scope="module")
def server_app(chroma_server, tmp_path_factory):
    """Whosaid over the seeds, its vectors in the Chroma server."""
    from bot.service import Whosaid

    data = tmp_path_factory.mktemp("server-data")
    settings = make_settings(data, CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(chroma_server["port"]))
    app = Whosaid(settings)
    yield app
    app.close()


def test_settings_select_the_http_client(server_app, chroma_server):
    client = server_app.corpus.vectors.client
    assert client.get_settings().chroma_api_impl.endswith("FastAPI")  # chromadb's HTTP client
    assert client.get_settings().chroma_server_http_port == chroma_server["port"]
    # Nothing was written to a local vector store.
    assert not (Path(server_app.settings.store.data_dir) / "chroma").exists()


def test_seed_ingest_puts_every_chunk_vector_in_the_server(server_app, chroma_server):
    import chromadb

    chunk_ids = {c.id for c in server_app.corpus.all_chunks()}
    assert len(chunk_ids) > 10
    # Ask the server directly, through a client of our own: the vectors live there.
    client = chromadb.HttpClient(host="127.0.0.1", port=chroma_server["port"])
    collection = client.get_collection(server_app.corpus.vectors.name)
    assert set(collection.get(include=[])["ids"]) == chunk_ids


def test_retrieval_through_the_server_finds_the_passage(server_app):
    hits = server_app.corpus.retrieve(QUESTION, 5)
    assert hits and any(h.dense_rank is not None for h in hits)
    assert any("illegal" in h.chunk.text and "Lachin" in h.chunk.text for h in hits)


def test_an_answer_through_the_server_cites_the_articles(server_app, whosaid_app):
    served = server_app.answer(QUESTION)
    local = whosaid_app.answer(QUESTION)
    assert served.citations and not served.abstained
    for c in served.citations:
        assert server_app.article(c.article_id).text[c.start : c.end] == c.text
    # Same vectors, same BM25, same answerer: the server changes where vectors live, nothing else.
    assert served.text == local.text
    assert [(c.article_id, c.start, c.end) for c in served.citations] == [
        (c.article_id, c.start, c.end) for c in local.citations
    ]


def test_incremental_ingest_and_reopen_through_a_server(tmp_path):
    from bot.service import Whosaid

    (tmp_path / "srv").mkdir()
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "zeta.txt").write_text(
        "Zeta Minister Ola Nordmann said on Friday that the ferry to Tromsø would resume in March.\n\n"
        "He gave no reason for the delay.",
        encoding="utf-8",
    )
    # A server of its own: one Chroma collection serves one whosaid data directory.
    with running_chroma(tmp_path / "srv") as port:
        settings = make_settings(tmp_path / "data", CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(port))
        app = Whosaid(settings, seed=False)
        try:
            report = app.ingest([folder])
            assert report.added == ["zeta.txt"]
            hits = app.corpus.retrieve("When will the ferry to Tromsø resume?", 3)
            assert hits and hits[0].chunk.article_id == "zeta.txt"
        finally:
            app.close()
        reopened = Whosaid(settings, seed=False)
        try:
            assert reopened.corpus.repaired == []
            assert reopened.corpus.vectors.ids() == {c.id for c in reopened.corpus.all_chunks()}
            assert reopened.answer("Who said the ferry to Tromsø would resume in March?").citations
        finally:
            reopened.close()


def test_two_data_directories_on_one_server_keep_their_own_vectors(chroma_server, server_app, tmp_path):
    from bot.service import Whosaid

    seeds_vectors = server_app.corpus.vectors.ids()
    other = Whosaid(make_settings(tmp_path / "other", CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(chroma_server["port"])),
                    seed=False)
    try:
        assert other.corpus.repaired == []
        assert other.corpus.vectors.name != server_app.corpus.vectors.name
        assert other.corpus.vectors.count() == 0
    finally:
        other.close()
    assert server_app.corpus.vectors.ids() == seeds_vectors


def test_an_unreachable_server_is_one_clear_line(tmp_path):

    from tests.conftest import process_env

    port = _free_port()  # nothing listens there
    env = process_env(tmp_path / "data", CHROMA_HOST="127.0.0.1", CHROMA_PORT=str(port))
    proc = subprocess.run([sys.executable, "-m", "bot", "ask", "Who said it?"], env=env, cwd=str(tmp_path),
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "Traceback" not in proc.stderr
    lines = [line for line in proc.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and f"Cannot reach the Chroma server at 127.0.0.1:{port}" in lines[0]
    assert "chroma run" in lines[0] and "unset CHROMA_HOST" in lines[0]
