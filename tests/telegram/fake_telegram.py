"""A fake Telegram Bot API server on 127.0.0.1, for end-to-end tests of the real PTB Application.

It speaks enough of the Bot API for the bot: getMe, getUpdates (long poll over a queue the
test fills), sendMessage, editMessageText, deleteMessage, sendChatAction, setMyCommands,
getMyCommands, deleteWebhook, answerCallbackQuery. It records every call, checks HTML the way
Telegram does (unknown tags, stray `<` or `&`, unbalanced tags, over-long text are
rejected), and can be scripted to reject HTML ("can't parse entities"). Tests wait on
conditions with `wait_for`, never on fixed sleeps.
"""

from __future__ import annotations

import html
import itertools
import json
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl

TOKEN = "123456789:AAH-fake_token_for_tests_0123456789abcd"
BOT_ID = 123456789
BOT_USERNAME = "whosaid_test_bot"
MAX_POLL_S = 0.5
TEXT_FIELDS = {"text", "parse_mode", "action", "callback_query_id", "url", "secret_token", "data"}
ALLOWED_TAGS = {
    "b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
    "span", "tg-spoiler", "tg-emoji", "blockquote",
}  # fmt: skip
_HTML_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)(\s[^<>]*)?>|&(?:lt|gt|amp|quot|#\d+|#x[0-9a-fA-F]+);")


@dataclass
class Call:
    method: str
    params: dict
    at: float = field(default_factory=time.monotonic)
    error: str | None = None  # the error the fake answered with, if it refused the call

    @property
    def chat_id(self):
        return self.params.get("chat_id")

    @property
    def text(self) -> str:
        return self.params.get("text", "")


class ApiError(Exception):
    def __init__(self, code: int, description: str):
        super().__init__(description)
        self.code, self.description = code, description


def parse_html(text: str) -> str:
    """The plain text Telegram would show, or ApiError(400, "can't parse entities") as Telegram does."""
    out, stack, pos = [], [], 0
    for m in _HTML_TOKEN.finditer(text):
        out.append(text[pos : m.start()])
        pos = m.end()
        if m.group(2) is None:
            out.append(html.unescape(m.group(0)))
            continue
        closing, name = m.group(1), m.group(2).lower()
        if name not in ALLOWED_TAGS:
            raise ApiError(400, f"Bad Request: can't parse entities: Unsupported start tag \"{name}\" at byte offset {m.start()}")
        if not closing:
            stack.append(name)
        elif not stack or stack.pop() != name:
            raise ApiError(400, f"Bad Request: can't parse entities: Unmatched end tag at byte offset {m.start()}")
    out.append(text[pos:])
    if stack:
        raise ApiError(400, f"Bad Request: can't parse entities: Can't find end tag corresponding to start tag \"{stack[-1]}\"")
    plain = "".join(out)
    for bad in ("<", "&"):
        if bad in "".join(text[a:b] for a, b in _gaps(text)):
            raise ApiError(400, f"Bad Request: can't parse entities: Unexpected \"{bad}\" in the text")
    return plain


def _gaps(text: str):
    pos = 0
    for m in _HTML_TOKEN.finditer(text):
        yield pos, m.start()
        pos = m.end()
    yield pos, len(text)


def utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


class FakeTelegram:
    """The server, the update queue the bot polls, and the record of the bot's calls."""

    def __init__(self, token: str = TOKEN):
        self.token = token
        self.calls: list[Call] = []
        self.messages: dict[tuple[int, int], str] = {}  # (chat, message id) -> text shown
        self.commands: list = []
        self._updates: list[dict] = []
        self._history: dict[int, dict] = {}  # every update ever queued, by id
        self._cond = threading.Condition()
        self._ids = itertools.count(1)
        self._message_ids = itertools.count(1000)
        self._reject_html = 0
        self._stopping = False
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, name="fake-telegram", daemon=True)

    # -- lifecycle -------------------------------------------------------------------------
    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/bot"

    def start(self) -> "FakeTelegram":
        self._thread.start()
        return self

    def stop(self) -> None:
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc):
        self.stop()

    # -- what the test does ------------------------------------------------------------------
    def push_message(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        chat_type: str = "private",
        is_bot: bool = False,
        reply_to_bot: bool = False,
    ) -> int:
        """Queue a user's message; commands and @mentions get their entities. Returns the update id."""
        user_id = chat_id if user_id is None else user_id
        chat = {"id": chat_id, "type": chat_type}
        if chat_type != "private":
            chat["title"] = "Test group"
        message = {
            "message_id": next(self._message_ids),
            "date": int(time.time()),
            "chat": chat,
            "from": {"id": user_id, "is_bot": is_bot, "first_name": f"User {user_id}"},
            "text": text,
        }
        entities = _entities(text)
        if entities:
            message["entities"] = entities
        if reply_to_bot:
            message["reply_to_message"] = {
                "message_id": next(self._message_ids),
                "date": int(time.time()),
                "chat": chat,
                "from": self._me(),
                "text": "An earlier answer [1]",
            }
        return self._queue({"message": message})

    def push_callback(self, chat_id: int, message_id: int, data: str, *, user_id: int | None = None) -> int:
        """Queue a tap on an inline button under the bot's message `message_id`."""
        user_id = chat_id if user_id is None else user_id
        query = {
            "id": str(next(self._ids)),
            "from": {"id": user_id, "is_bot": False, "first_name": f"User {user_id}"},
            "chat_instance": "fake",
            "data": data,
            "message": {
                "message_id": message_id,
                "date": int(time.time()),
                "chat": {"id": chat_id, "type": "private"},
                "from": self._me(),
                "text": self.messages.get((chat_id, message_id), ""),
            },
        }
        return self._queue({"callback_query": query})

    def reject_html(self, times: int = 1) -> None:
        """The next `times` messages sent with parse_mode=HTML get "can't parse entities"."""
        with self._cond:
            self._reject_html += times

    def recorded(self, method: str | None = None, chat_id: int | None = None, failed: bool = False) -> list[Call]:
        """The calls the fake accepted (or, with failed=True, refused), oldest first."""
        with self._cond:
            return [
                c for c in self.calls
                if (method is None or c.method == method) and (chat_id is None or c.chat_id == chat_id)
                and (c.error is not None) is failed
            ]  # fmt: skip

    # A deadline for waiting, not a speed check: it returns as soon as the condition holds, and a
    # loaded machine can take several seconds over a first answer in a new process.
    def wait_for(self, predicate, timeout: float = 60.0, what: str = "condition"):
        """Block until predicate() is truthy (re-checked on every call); return its value."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                value = predicate()
                if value:
                    return value
                left = deadline - time.monotonic()
                if left <= 0:
                    methods = [(c.method, c.chat_id, c.text[:60]) for c in self.calls[-15:]]
                    raise AssertionError(f"timed out waiting for {what}; last calls: {methods}")
                self._cond.wait(left)

    def wait_replies(self, chat_id: int, count: int = 1, timeout: float = 60.0) -> list[Call]:
        """The first `count` sendMessage calls to `chat_id`, once there are that many."""
        return self.wait_for(
            lambda: (lambda r: r[:count] if len(r) >= count else None)(self.recorded("sendMessage", chat_id)),
            timeout,
            f"{count} message(s) to chat {chat_id}",
        )

    def update(self, update_id: int) -> dict:
        return self._history[update_id]

    def drain(self) -> None:
        """Forget recorded calls (between tests sharing one server)."""
        with self._cond:
            self.calls.clear()

    # -- internals -----------------------------------------------------------------------------
    def _me(self) -> dict:
        return {"id": BOT_ID, "is_bot": True, "first_name": "Whosaid", "username": BOT_USERNAME}

    def _queue(self, body: dict) -> int:
        with self._cond:
            update_id = next(self._ids)
            update = {"update_id": update_id, **body}
            self._updates.append(update)
            self._history[update_id] = update
            self._cond.notify_all()
            return update_id

    def _handler_class(self):
        fake = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def do_POST(self):  # noqa: N802 (http.server's naming)
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                code, payload = fake._dispatch(self.path, self.headers.get("Content-Type", ""), body)
                data = json.dumps(payload).encode()
                try:
                    self.send_response(code)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):  # the bot stopped polling
                    pass

            do_GET = do_POST

            def log_message(self, *args):  # keep test output quiet
                pass

        return Handler

    def _dispatch(self, path: str, content_type: str, body: bytes) -> tuple[int, dict]:
        prefix = f"/bot{self.token}/"
        if not path.startswith(prefix):
            return 401, {"ok": False, "error_code": 401, "description": "Unauthorized"}
        method = path[len(prefix) :].split("?")[0]
        params = _params(content_type, body)
        call = Call(method, params)
        try:
            result = getattr(self, f"_api_{method}", self._api_unknown)(params)
        except ApiError as err:
            call.error = err.description
            return err.code, {"ok": False, "error_code": err.code, "description": err.description}
        finally:
            if method != "getUpdates":
                with self._cond:
                    self.calls.append(call)
                    self._cond.notify_all()
        return 200, {"ok": True, "result": result}

    def _api_unknown(self, params):
        raise ApiError(404, "Not Found: method not found")

    def _api_getMe(self, params):  # noqa: N802
        return {**self._me(), "can_join_groups": True, "can_read_all_group_messages": False,
                "supports_inline_queries": False}  # fmt: skip

    def _api_getUpdates(self, params):  # noqa: N802
        offset = int(params.get("offset") or 0)
        wait = min(float(params.get("timeout") or 0), MAX_POLL_S)
        deadline = time.monotonic() + wait
        with self._cond:
            self._updates = [u for u in self._updates if u["update_id"] >= offset]
            while not self._updates and not self._stopping and time.monotonic() < deadline:
                self._cond.wait(deadline - time.monotonic())
            limit = int(params.get("limit") or 100)
            return self._updates[:limit]

    def _message(self, chat_id, text, message_id=None, reply_markup=None) -> dict:
        message_id = message_id or next(self._message_ids)
        with self._cond:
            self.messages[(chat_id, message_id)] = text
        msg = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "supergroup"},
            "from": self._me(),
            "text": text,
        }
        if reply_markup:
            msg["reply_markup"] = reply_markup
        return msg

    def _shown_text(self, params) -> str:
        text = params.get("text", "")
        if params.get("parse_mode") == "HTML":
            with self._cond:
                if self._reject_html > 0:
                    self._reject_html -= 1
                    raise ApiError(400, "Bad Request: can't parse entities: scripted rejection at byte offset 0")
            text = parse_html(text)
        if not text.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(text) > 4096:
            raise ApiError(400, "Bad Request: message is too long")
        return text

    def _api_sendMessage(self, params):  # noqa: N802
        return self._message(params["chat_id"], self._shown_text(params), reply_markup=params.get("reply_markup"))

    def _api_editMessageText(self, params):  # noqa: N802
        chat_id, message_id = params["chat_id"], params["message_id"]
        text = self._shown_text(params)
        if (chat_id, message_id) not in self.messages:
            raise ApiError(400, "Bad Request: message to edit not found")
        if self.messages[(chat_id, message_id)] == text and not params.get("reply_markup"):
            raise ApiError(400, "Bad Request: message is not modified: specified new message content is the same")
        return self._message(chat_id, text, message_id, params.get("reply_markup"))

    def _api_deleteMessage(self, params):  # noqa: N802
        with self._cond:
            self.messages.pop((params["chat_id"], params["message_id"]), None)
        return True

    def _api_setMyCommands(self, params):  # noqa: N802
        self.commands = params.get("commands") or []
        return True

    def _api_getMyCommands(self, params):  # noqa: N802
        return self.commands

    def _api_sendChatAction(self, params):  # noqa: N802
        return True

    _api_deleteWebhook = _api_answerCallbackQuery = _api_setWebhook = _api_close = _api_sendChatAction


def _params(content_type: str, body: bytes) -> dict:
    if not body:
        return {}
    if "json" in content_type:
        raw = json.loads(body)
    else:
        raw = dict(parse_qsl(body.decode(), keep_blank_values=True))
    params = {}
    for key, value in raw.items():
        if isinstance(value, str) and key not in TEXT_FIELDS:
            try:
                value = json.loads(value)
            except ValueError:
                pass
        params[key] = value
    return params


def _entities(text: str) -> list[dict]:
    entities = []
    for m in re.finditer(r"(?:^/[A-Za-z0-9_]+(?:@\w+)?)|(?:@[A-Za-z0-9_]{5,})", text):
        kind = "bot_command" if m.group(0).startswith("/") else "mention"
        entities.append({"type": kind, "offset": utf16_len(text[: m.start()]), "length": utf16_len(m.group(0))})
    return entities
