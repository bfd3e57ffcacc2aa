"""ChatModel against a scripted OpenAI-compatible server, through the real `openai` client."""

from __future__ import annotations

import logging
import time

import pytest
from fake_openai import TEST_KEY, fake_openai, hang, llm_settings, raw, reply, status  # noqa: F401

from bot.llm.client import ChatModel
from index.errors import ConfigError, LLMError
from index.settings import LLMSettings, Settings

MESSAGES = [{"role": "system", "content": "Be brief."}, {"role": "user", "content": "Hello?"}]


def test_complete_returns_the_reply_text(fake_openai, llm_settings):
    fake_openai.push(reply("Hello back [1]."))
    assert ChatModel(llm_settings).complete(MESSAGES) == "Hello back [1]."


def test_request_carries_model_messages_and_key(fake_openai, llm_settings):
    fake_openai.push(reply("ok"))
    ChatModel(llm_settings).complete(MESSAGES)
    sent = fake_openai.requests[0]
    assert sent["json"]["model"] == "test-model"
    assert sent["json"]["messages"] == MESSAGES
    assert sent["headers"]["authorization"] == f"Bearer {TEST_KEY}"


def test_base_url_alone_sends_a_placeholder_key(fake_openai, llm_settings):
    fake_openai.push(reply("ok"))
    ChatModel(llm_settings.with_(llm={"api_key": None})).complete(MESSAGES)
    assert fake_openai.requests[0]["headers"]["authorization"] == "Bearer not-needed"


def test_nothing_configured_is_a_config_error():
    with pytest.raises(ConfigError, match="OPENAI_API_KEY"):
        ChatModel(Settings(llm=LLMSettings(api_key=None, base_url=None)))


def test_stream_yields_pieces_in_order(fake_openai, llm_settings):
    fake_openai.push(reply("", pieces=["Lav", "rov said", " so [1]."]))
    assert list(ChatModel(llm_settings).stream(MESSAGES)) == ["Lav", "rov said", " so [1]."]


def test_429_then_success_is_retried(fake_openai, llm_settings):
    fake_openai.push(status(429, "slow down", retry_after="0"), reply("fine"))
    assert ChatModel(llm_settings).complete(MESSAGES) == "fine"
    assert len(fake_openai.requests) == 2


def test_streaming_retries_a_503_before_the_first_token(fake_openai, llm_settings):
    fake_openai.push(status(503, retry_after="0"), reply("fine now"))
    assert "".join(ChatModel(llm_settings).stream(MESSAGES)) == "fine now"


def test_500_forever_gives_up_after_the_configured_retries(fake_openai, llm_settings):
    fake_openai.default = status(500, retry_after="0")
    with pytest.raises(LLMError, match="HTTP 500, 3 attempts"):
        ChatModel(llm_settings).complete(MESSAGES)
    assert len(fake_openai.requests) == 3


def _fails_within_the_timeout_plus_one_second(settings, call, match=None):
    started = time.monotonic()
    with pytest.raises(LLMError, match=match):
        call(ChatModel(settings))
    assert time.monotonic() - started < settings.llm.timeout + 1.0


def test_500_forever_fails_within_the_timeout_plus_one_second(fake_openai, llm_settings):
    fake_openai.default = status(500)  # no Retry-After: our own backoff
    settings = llm_settings.with_(llm={"timeout": 1.0, "max_retries": 50})
    _fails_within_the_timeout_plus_one_second(settings, lambda model: model.complete(MESSAGES))


def test_a_hanging_server_fails_within_the_timeout_plus_one_second(fake_openai, llm_settings):
    fake_openai.default = hang()
    settings = llm_settings.with_(llm={"timeout": 1.0})
    _fails_within_the_timeout_plus_one_second(settings, lambda model: model.complete(MESSAGES), "timed out")


def test_a_hanging_stream_fails_within_the_timeout_plus_one_second(fake_openai, llm_settings):
    fake_openai.default = hang()
    settings = llm_settings.with_(llm={"timeout": 1.0})
    _fails_within_the_timeout_plus_one_second(settings, lambda model: list(model.stream(MESSAGES)), "timed out")


def test_a_long_retry_after_is_not_waited_for(fake_openai, llm_settings):
    fake_openai.push(status(429, retry_after="3600"))
    started = time.monotonic()
    with pytest.raises(LLMError, match="wait 3600 s"):
        ChatModel(llm_settings).complete(MESSAGES)
    assert time.monotonic() - started < 1.0


def test_a_rejected_key_fails_at_once_with_advice(fake_openai, llm_settings):
    fake_openai.default = status(401, f"Incorrect API key provided: {TEST_KEY}")
    with pytest.raises(LLMError, match="the API key was rejected; check OPENAI_API_KEY"):
        ChatModel(llm_settings).complete(MESSAGES)
    assert len(fake_openai.requests) == 1


def test_a_forbidden_key_fails_at_once(fake_openai, llm_settings):
    fake_openai.default = status(403, "forbidden")
    with pytest.raises(LLMError, match="check OPENAI_API_KEY"):
        ChatModel(llm_settings).complete(MESSAGES)
    assert len(fake_openai.requests) == 1


def test_an_unknown_model_names_the_settings_to_check(fake_openai, llm_settings):
    fake_openai.default = status(404, "model 'test-model' not found")
    with pytest.raises(LLMError, match="OPENAI_MODEL"):
        ChatModel(llm_settings).complete(MESSAGES)


def test_malformed_json_is_an_llm_error(fake_openai, llm_settings):
    fake_openai.push(raw("{this is not json"))
    with pytest.raises(LLMError, match="malformed"):
        ChatModel(llm_settings).complete(MESSAGES)


def test_json_without_choices_is_an_llm_error(fake_openai, llm_settings):
    fake_openai.push(raw('{"id": "x", "object": "chat.completion"}'))
    with pytest.raises(LLMError, match="without an answer"):
        ChatModel(llm_settings).complete(MESSAGES)


def test_a_malformed_stream_is_an_llm_error(fake_openai, llm_settings):
    fake_openai.push(raw("data: {broken\n\n", content_type="text/event-stream"))
    with pytest.raises(LLMError):
        list(ChatModel(llm_settings).stream(MESSAGES))


def test_the_key_never_appears_in_errors_or_logs(fake_openai, llm_settings, caplog):
    caplog.set_level(logging.DEBUG)
    fake_openai.push(status(500, f"echo {TEST_KEY}", retry_after="0"))
    fake_openai.default = status(401, f"Incorrect API key provided: {TEST_KEY}")
    with pytest.raises(LLMError) as info:
        ChatModel(llm_settings).complete(MESSAGES)
    assert TEST_KEY not in str(info.value)
    assert TEST_KEY not in caplog.text
    assert TEST_KEY not in repr(ChatModel(llm_settings))


def test_the_answer_length_is_capped_by_openai_max_tokens(fake_openai, llm_settings):
    from pathlib import Path

    from index.settings import load_settings

    fake_openai.push(reply("Short [1]."))
    model = ChatModel(llm_settings.with_(llm={"max_tokens": 33}))
    model.complete([{"role": "user", "content": "Hi"}])
    assert fake_openai.requests[0]["json"]["max_tokens"] == 33
    assert load_settings(env={"OPENAI_MAX_TOKENS": "64"}, dotenv_path=Path("/nonexistent")).llm.max_tokens == 64


def test_credentials_in_the_base_url_never_appear_in_errors_or_logs(llm_settings, caplog):
    # OPENAI_BASE_URL=http://user:password@host/v1 or ...?api-key=...: the URL was quoted whole.
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    caplog.set_level(logging.DEBUG)
    url = f"http://whosaid:pa55word-xyz@127.0.0.1:{port}/v1?api-key=query-secret-123"
    model = ChatModel(llm_settings.with_(llm={"base_url": url, "max_retries": 1}))
    with pytest.raises(LLMError) as info:
        model.complete(MESSAGES)
    shown = str(info.value) + caplog.text + repr(model) + repr(llm_settings.with_(llm={"base_url": url}))
    assert f"127.0.0.1:{port}/v1" in str(info.value)  # still says which server
    assert "pa55word-xyz" not in shown and "query-secret-123" not in shown


# -- a server that never stops sending ---------------------------------------------------------
def _endless_server(content: str = "more "):
    """An endpoint whose answer never ends: a JSON body, or an SSE stream, one piece every 50 ms."""
    import json
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    stop = threading.Event()

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def do_POST(self):
            body = json.loads(self.rfile.read(int(self.headers.get("content-length") or 0)))
            streaming = bool(body.get("stream"))
            self.send_response(200)
            self.send_header("content-type", "text/event-stream" if streaming else "application/json")
            self.end_headers()
            chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": "m",
                     "choices": [{"index": 0, "delta": {"content": content}, "finish_reason": None}]}
            piece = f"data: {json.dumps(chunk)}\n\n".encode() if streaming else b"more " * 200
            if not streaming:
                self.wfile.write(b'{"id": "x", "choices": [{"index": 0, "message": {"role": "assistant", "content": "')
            try:
                while not stop.wait(0.05):
                    self.wfile.write(piece)
                    self.wfile.flush()
            except OSError:
                pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, stop


@pytest.fixture
def endless(llm_settings):
    server, stop = _endless_server()
    yield llm_settings.with_(llm={"base_url": f"http://127.0.0.1:{server.server_address[1]}/v1", "max_tokens": 50})
    stop.set()
    server.shutdown()


@pytest.mark.timeout(60)
def test_a_reply_that_never_ends_fails_within_the_timeout(endless):
    # The read timeout is per piece: a body that kept coming kept `ask` waiting for ever.
    started = time.monotonic()
    with pytest.raises(LLMError, match="never ended|more than"):
        ChatModel(endless).complete(MESSAGES)
    assert time.monotonic() - started < endless.llm.timeout + 1.5


@pytest.mark.timeout(60)
def test_a_stream_that_never_ends_stops_at_what_max_tokens_allows(endless):
    started = time.monotonic()
    received = []
    with pytest.raises(LLMError, match="more than OPENAI_MAX_TOKENS"):
        for piece in ChatModel(endless).stream(MESSAGES):
            received.append(piece)
    assert len("".join(received)) <= 50 * 16
    assert time.monotonic() - started < 30


@pytest.mark.timeout(60)
def test_a_stream_of_empty_pieces_fails_within_the_timeout(llm_settings):
    # Keep-alive chunks with no text, for ever: the model never starts answering.
    server, stop = _endless_server(content="")
    settings = llm_settings.with_(llm={"base_url": f"http://127.0.0.1:{server.server_address[1]}/v1"})
    started = time.monotonic()
    try:
        with pytest.raises(LLMError, match="timed out|no time left"):
            list(ChatModel(settings).stream(MESSAGES))
    finally:
        stop.set()
        server.shutdown()
    assert time.monotonic() - started < settings.llm.timeout + 1.5
