"""A scripted OpenAI-compatible server on 127.0.0.1, for testing through the real `openai` client.

Each test queues what the server answers, one entry per request, then reads back what it
was sent:

    def test_x(fake_openai):
        fake_openai.push(reply("Lavrov said so [1]."), status(429, retry_after="0"))
        ...
        assert fake_openai.requests[0]["json"]["model"] == "test-model"

`reply` answers as JSON or as an SSE stream, whichever the request asked for. When the queue
is empty the server answers with `fake_openai.default` (HTTP 500 unless changed).
Fixtures for pytest are at the bottom; conftest.py (or a test module) imports them.
"""

from __future__ import annotations

import json
import queue
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from index.settings import LLMSettings, Settings, StoreSettings

TEST_KEY = "sk-test-SECRET-0123456789abcdef"
HANG_LIMIT_S = 30.0  # a "hanging" response is released at teardown, or after this


@dataclass
class Scripted:
    """One scripted response."""

    kind: str  # reply | status | raw | hang | broken_stream | respond
    text: str = ""
    write: Callable[[dict], str] | None = None
    pieces: list[str] | None = None
    code: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


def reply(text: str, pieces: list[str] | None = None) -> Scripted:
    """A normal answer; streamed as `pieces` (default: word by word) when stream=true."""
    return Scripted("reply", text=text, pieces=pieces)


def respond(write: Callable[[dict], str]) -> Scripted:
    """An answer written from the request: `write(request_json)` returns the text (a model that reads its prompt)."""
    return Scripted("respond", write=write)


def user_message(request_json: dict) -> str:
    """The last user message of a chat request."""
    return next(m["content"] for m in reversed(request_json["messages"]) if m["role"] == "user")


def status(code: int, message: str = "error", retry_after: str | None = None) -> Scripted:
    headers = {"retry-after": retry_after} if retry_after is not None else {}
    body = json.dumps({"error": {"message": message, "type": "test_error", "code": code}}).encode()
    return Scripted("status", code=code, body=body, headers=headers)


def raw(body: bytes | str, content_type: str = "application/json", code: int = 200) -> Scripted:
    """Any bytes at all, e.g. malformed JSON."""
    return Scripted("raw", code=code, body=body.encode() if isinstance(body, str) else body, content_type=content_type)


def hang() -> Scripted:
    """Accept the request and never answer (until the test ends)."""
    return Scripted("hang")


def broken_stream(pieces: list[str]) -> Scripted:
    """Stream `pieces`, then an error event, and close without [DONE] (a server failing mid-answer)."""
    return Scripted("broken_stream", pieces=pieces)


def _completion(text: str, model: str) -> dict:
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1700000000,
        "model": model,
        "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    }


def _chunk(piece: str | None, model: str, finish: str | None = None) -> dict:
    delta = {"content": piece} if piece is not None else {}
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion.chunk",
        "created": 1700000000,
        "model": model,
        "choices": [{"index": 0, "delta": delta, "finish_reason": finish}],
    }


def _words(text: str) -> list[str]:
    parts, current = [], ""
    for ch in text:
        current += ch
        if ch == " ":
            parts.append(current)
            current = ""
    return parts + ([current] if current else [])


class FakeOpenAI:
    """The server: `push()` responses, read `requests`, use `url` as OPENAI_BASE_URL."""

    def __init__(self) -> None:
        self.script: queue.Queue[Scripted] = queue.Queue()
        self.default = status(500, "scripted default: server error")
        self.requests: list[dict] = []
        self.release = threading.Event()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}/v1"

    def push(self, *responses: Scripted) -> None:
        for r in responses:
            self.script.put(r)

    def start(self) -> "FakeOpenAI":
        self._thread.start()
        return self

    def stop(self) -> None:
        self.release.set()
        self._server.shutdown()
        self._server.server_close()

    def _next(self) -> Scripted:
        try:
            return self.script.get_nowait()
        except queue.Empty:
            return self.default

    def _handler(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # keep test output quiet
                pass

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length") or 0)
                body = self.rfile.read(length)
                try:
                    payload = json.loads(body or b"{}")
                except ValueError:
                    payload = None
                fake.requests.append({"path": self.path, "headers": {k.lower(): v for k, v in self.headers.items()}, "json": payload})
                if self.path.rstrip("/") != "/v1/chat/completions":
                    return self._send(404, b'{"error": {"message": "not found"}}')
                step = fake._next()
                model = (payload or {}).get("model", "fake")
                streaming = bool((payload or {}).get("stream"))
                if step.kind == "hang":
                    fake.release.wait(HANG_LIMIT_S)
                    self.close_connection = True
                    return None
                if step.kind in ("status", "raw"):
                    return self._send(step.code, step.body, step.content_type, step.headers)
                text = step.write(payload) if step.kind == "respond" else step.text
                if not streaming:
                    return self._send(200, json.dumps(_completion(text, model)).encode())
                pieces = step.pieces if step.pieces is not None else _words(text)
                return self._stream(pieces, model, finish=step.kind in ("reply", "respond"))

            def _send(self, code: int, body: bytes, ctype: str = "application/json", headers=None) -> None:
                self.send_response(code)
                self.send_header("content-type", ctype)
                self.send_header("content-length", str(len(body)))
                for k, v in (headers or {}).items():
                    self.send_header(k, v)
                self.end_headers()
                self.wfile.write(body)

            def _stream(self, pieces: list[str], model: str, finish: bool) -> None:
                self.send_response(200)
                self.send_header("content-type", "text/event-stream")
                self.send_header("cache-control", "no-cache")
                self.send_header("connection", "close")
                self.end_headers()
                self.close_connection = True
                events = [_chunk(p, model) for p in pieces]
                if finish:
                    events.append(_chunk(None, model, finish="stop"))
                if not finish:
                    events.append({"error": {"message": "scripted failure mid-stream", "type": "server_error"}})
                for event in events:
                    self.wfile.write(f"data: {json.dumps(event)}\n\n".encode())
                    self.wfile.flush()
                if finish:
                    self.wfile.write(b"data: [DONE]\n\n")
                    self.wfile.flush()

        return Handler


# -- pytest fixtures ------------------------------------------------------------------
@pytest.fixture
def fake_openai():
    server = FakeOpenAI().start()
    yield server
    server.stop()


@pytest.fixture
def llm_settings(fake_openai, tmp_path: Path) -> Settings:
    """Settings pointing at the fake server, with a short timeout so failures are quick."""
    return Settings(
        store=StoreSettings(data_dir=tmp_path / "data"),
        llm=LLMSettings(base_url=fake_openai.url, api_key=TEST_KEY, model="test-model", timeout=2.0, max_retries=2),
    )
