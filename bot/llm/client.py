"""The one seam for the language model: any OpenAI-compatible chat endpoint.

`ChatModel` wraps the official `openai` client and owns retries itself (the client's own are
off), so the whole exchange, retries included, fits in OPENAI_TIMEOUT: an endpoint that is
down costs the user at most that long before the extractive answer appears.

    attempt ── ok ─────────────────────────────► text / tokens
       │
       ├─ timeout, connection error, 429, 5xx ─► wait (backoff or Retry-After) and retry,
       │                                         while retries and time remain
       ├─ 401 / 403 ───────────────────────────► LLMError at once ("check OPENAI_API_KEY")
       └─ other 4xx, malformed response ───────► LLMError at once

Every message that leaves this module passes through `_redact`, so the API key never
appears in an error or a log line.
"""

from __future__ import annotations

import json
import logging
import random
import re
import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache

import httpx
import openai

from index.errors import ConfigError, LLMError
from index.settings import Settings

log = logging.getLogger(__name__)

# Local servers (llama.cpp, Ollama, vLLM) ignore the key, but the client insists on one.
PLACEHOLDER_KEY = "not-needed"
DEFAULT_BASE_URL = "https://api.openai.com/v1"
# Backoff between attempts: 0.5 s, 1 s, 2 s ... never longer than this.
BACKOFF_BASE_S = 0.5
BACKOFF_CAP_S = 8.0
# A Retry-After longer than this (or than the time left) is not waited for.
RETRY_AFTER_CAP_S = 10.0
# Below this much time left, another attempt cannot succeed; give up instead.
MIN_ATTEMPT_S = 0.05

# A token is a few characters; more than this many per OPENAI_MAX_TOKENS is a server that
# ignores the limit and would send for ever.
CHARS_PER_TOKEN_CAP = 16

Message = dict[str, str]


class _Retryable(Exception):
    """An attempt failed in a way worth retrying; `wait` is the server's Retry-After, if any."""

    def __init__(self, reason: str, wait: float | None = None):
        super().__init__(reason)
        self.reason = reason
        self.wait = wait


class ChatModel:
    """Chat completions from OPENAI_BASE_URL (or OpenAI) with OPENAI_MODEL."""

    def __init__(self, settings: Settings):
        if not settings.llm.configured:
            raise ConfigError("No language model is configured: set OPENAI_API_KEY, or OPENAI_BASE_URL for a local server.")
        self.settings = settings
        self.model = settings.llm.model
        self.timeout = max(float(settings.llm.timeout), 0.1)
        self.max_retries = max(int(settings.llm.max_retries), 0)
        self.max_tokens = max(int(settings.llm.max_tokens), 1)
        self.base_url = settings.llm.base_url or DEFAULT_BASE_URL
        self._secrets = tuple(s for s in (settings.llm.api_key, *settings.llm.url_secrets) if s)
        self._shown_url = settings.llm.shown_base_url or DEFAULT_BASE_URL
        # Both given explicitly: the client would otherwise read OPENAI_* from os.environ.
        self._client = openai.OpenAI(
            api_key=settings.llm.api_key or PLACEHOLDER_KEY,
            base_url=self.base_url,
            timeout=self.timeout,
            max_retries=0,
        )

    def __repr__(self) -> str:
        return f"ChatModel(model={self.model!r}, base_url={self._shown_url!r})"

    # -- public ------------------------------------------------------------------
    def complete(self, messages: Sequence[Message]) -> str:
        """The whole reply as one string; raises LLMError when the endpoint fails."""
        return self._with_retries(lambda remaining: self._complete_once(messages, remaining))

    def stream(self, messages: Sequence[Message]) -> Iterator[str]:
        """The reply as it is generated, piece by piece.

        Failures before the first piece are retried like `complete`; once text has been
        yielded a failure raises LLMError (the caller has already shown part of it).
        """
        deadline = time.monotonic() + self.timeout
        attempt = 0
        while True:
            remaining = deadline - time.monotonic()
            yielded = False
            try:
                for piece in self._stream_once(messages, remaining):
                    yielded = True
                    yield piece
                return
            except _Retryable as err:
                if yielded:
                    raise LLMError(self._redact(f"the connection broke mid-answer ({err.reason})")) from None
                self._wait_before_retry(err, attempt, deadline)
                attempt += 1

    def close(self) -> None:
        self._client.close()

    # -- one attempt -------------------------------------------------------------
    def _complete_once(self, messages: Sequence[Message], remaining: float) -> str:
        # The body is read here, not by the client: its read timeout is per piece, so a body
        # that kept coming kept the caller waiting for ever.
        deadline = time.monotonic() + remaining
        with self._translated_errors():
            with self._call(messages, remaining, stream=False, raw=True) as response:
                body = self._bounded_body(response, deadline)
        try:
            data = json.loads(body)
        except ValueError:
            raise LLMError(self._unreachable("it sent a malformed response")) from None
        try:
            content = data["choices"][0]["message"]["content"]
        except (IndexError, KeyError, TypeError):
            raise LLMError(self._unreachable("it sent a response without an answer in it")) from None
        if not isinstance(content, str):
            raise LLMError(self._unreachable("it sent a response without an answer in it"))
        return content

    def _bounded_body(self, response, deadline: float) -> bytes:
        limit = self.max_chars * 4 + 64_000  # UTF-8, JSON escapes and the envelope around the text
        body = bytearray()
        for block in response.iter_bytes():
            body += block
            if len(body) > limit:
                raise LLMError(self._unreachable(f"it sent more than OPENAI_MAX_TOKENS={self.max_tokens} allows"))
            if time.monotonic() > deadline:
                raise LLMError(self._unreachable(f"its answer never ended within OPENAI_TIMEOUT={self.timeout:g} s"))
        return bytes(body)

    @property
    def max_chars(self) -> int:
        return self.max_tokens * CHARS_PER_TOKEN_CAP

    def _stream_once(self, messages: Sequence[Message], remaining: float) -> Iterator[str]:
        deadline = time.monotonic() + remaining
        stream = self._call(messages, remaining, stream=True)
        received, started = 0, False
        try:
            with stream:
                for chunk in stream:
                    if not started and time.monotonic() > deadline:  # keep-alives only, and time is up
                        raise _Retryable("timed out")
                    received += 1  # a chunk without text counts too: a stream of them ends as well
                    if received > self.max_chars:
                        raise LLMError(self._unreachable(
                            f"it sent more than OPENAI_MAX_TOKENS={self.max_tokens} allows"))
                    try:
                        choices = chunk.choices
                    except AttributeError:
                        raise LLMError(self._unreachable("it sent a malformed stream")) from None
                    if not choices:  # usage-only and keep-alive chunks
                        continue
                    delta = getattr(choices[0], "delta", None)
                    piece = getattr(delta, "content", None)
                    if piece:
                        if not isinstance(piece, str):
                            raise LLMError(self._unreachable("it sent a malformed stream"))
                        received += len(piece)
                        if received > self.max_chars:
                            raise LLMError(self._unreachable(
                                f"it sent more than OPENAI_MAX_TOKENS={self.max_tokens} allows"))
                        started = True
                        yield piece
        except (httpx.TimeoutException, openai.APITimeoutError):
            raise _Retryable("timed out") from None
        except (httpx.HTTPError, openai.APIConnectionError) as err:
            raise _Retryable(type(err).__name__) from None
        except openai.APIError as err:  # an `error` event inside the stream
            raise LLMError(self._unreachable(f"it reported an error: {_short(err)}")) from None
        except (json.JSONDecodeError, ValueError):
            raise LLMError(self._unreachable("it sent a malformed stream")) from None

    def _call(self, messages: Sequence[Message], remaining: float, stream: bool, raw: bool = False):
        """The request (`raw`: a context manager whose response body is read by the caller)."""
        completions = self._client.chat.completions
        with self._translated_errors():
            return (completions.with_streaming_response if raw else completions).create(
                model=self.model,
                messages=list(messages),
                temperature=0,
                max_tokens=self.max_tokens,
                stream=stream,
                timeout=httpx.Timeout(remaining, connect=min(remaining, 5.0)),
            )

    @contextmanager
    def _translated_errors(self):
        """The client's exceptions as _Retryable (worth another attempt) or LLMError."""
        try:
            yield
        except openai.APITimeoutError:
            raise _Retryable("timed out") from None
        except openai.APIConnectionError as err:
            raise _Retryable(f"connection failed: {_short(err)}") from None
        except (openai.AuthenticationError, openai.PermissionDeniedError) as err:
            raise LLMError(
                f"The language model endpoint at {self._shown_url} answered HTTP {err.status_code}: "
                "the API key was rejected; check OPENAI_API_KEY."
            ) from None
        except openai.RateLimitError as err:
            raise _Retryable("rate limited (HTTP 429)", _retry_after(err.response)) from None
        except openai.APIStatusError as err:
            if err.status_code >= 500:
                raise _Retryable(f"HTTP {err.status_code}", _retry_after(err.response)) from None
            hint = " Check OPENAI_MODEL and OPENAI_BASE_URL." if err.status_code in (400, 404) else ""
            raise LLMError(self._unreachable(f"HTTP {err.status_code}: {_short(err)}") + hint) from None
        except (httpx.TimeoutException,):
            raise _Retryable("timed out") from None
        except httpx.HTTPError as err:
            raise _Retryable(f"connection failed: {type(err).__name__}") from None
        except (openai.APIResponseValidationError, json.JSONDecodeError, ValueError):
            raise LLMError(self._unreachable("it sent a malformed response")) from None
        except openai.OpenAIError as err:
            raise LLMError(self._unreachable(_short(err))) from None

    # -- retries -----------------------------------------------------------------
    def _with_retries(self, attempt_fn):
        deadline = time.monotonic() + self.timeout
        attempt = 0
        while True:
            try:
                return attempt_fn(deadline - time.monotonic())
            except _Retryable as err:
                self._wait_before_retry(err, attempt, deadline)
                attempt += 1

    def _wait_before_retry(self, err: _Retryable, attempt: int, deadline: float) -> None:
        """Sleep before the next attempt, or raise LLMError when none is worth making."""
        if attempt >= self.max_retries:
            tries = attempt + 1
            raise LLMError(self._unreachable(f"{err.reason}, {tries} attempt{'s' if tries > 1 else ''}"))
        if err.wait is not None and err.wait > RETRY_AFTER_CAP_S:
            raise LLMError(self._unreachable(f"{err.reason}; it asks to wait {err.wait:.0f} s"))
        backoff = min(BACKOFF_BASE_S * 2**attempt, BACKOFF_CAP_S) * random.uniform(0.8, 1.0)
        wait = err.wait if err.wait is not None else backoff
        if deadline - time.monotonic() - wait < MIN_ATTEMPT_S:
            raise LLMError(self._unreachable(f"{err.reason}; no time left within OPENAI_TIMEOUT={self.timeout:g} s"))
        log.info("LLM attempt %d failed (%s); retrying in %.2f s", attempt + 1, self._redact(err.reason), wait)
        time.sleep(wait)

    # -- messages ----------------------------------------------------------------
    def _unreachable(self, detail: str) -> str:
        return self._redact(f"The language model at {self._shown_url} failed: {detail}.")

    def _redact(self, text: str) -> str:
        for secret in self._secrets:
            text = text.replace(secret, "***")
        return _KEYLIKE.sub("***", text)


# OpenAI-style keys, in case a server echoes one back in an error body.
_KEYLIKE = re.compile(r"\bsk-[A-Za-z0-9_\-*]{6,}")


def _short(err: BaseException, limit: int = 200) -> str:
    text = " ".join(str(getattr(err, "message", None) or err).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _retry_after(response: httpx.Response | None) -> float | None:
    """Seconds from a Retry-After (or retry-after-ms) header; None when absent or unusable."""
    if response is None:
        return None
    try:
        ms = response.headers.get("retry-after-ms")
        if ms is not None:
            return max(float(ms) / 1000, 0.0)
        raw = response.headers.get("retry-after")
        if raw is not None:
            return max(float(raw), 0.0)
    except ValueError:
        return None  # an HTTP date: rare from LLM servers; fall back to our own backoff
    return None


@lru_cache(maxsize=4)
def chat_model(settings: Settings) -> ChatModel:
    """One ChatModel (one connection pool) per settings object."""
    return ChatModel(settings)
