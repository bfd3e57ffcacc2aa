"""Keeping the bot token secret: a strict format check, and a filter that redacts it from logs.

The token is part of every Bot API URL, and httpx logs request URLs at INFO, so without the
filter one `-v` run would write the token to the log.
"""

from __future__ import annotations

import logging
import re
from urllib.parse import quote

from bot.service import ConfigError

TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]{30,}$")
REDACTED = "<telegram-token>"


def check_token(token: str | None) -> str:
    """The token, or a ConfigError saying how to get a good one (never echoing the value)."""
    if not token or not token.strip():
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN is not set. Create a bot with @BotFather on Telegram and put "
            "TELEGRAM_BOT_TOKEN=<its token> in .env (see docs/telegram.md)."
        )
    token = token.strip()
    if not TOKEN_RE.match(token):
        raise ConfigError(
            "TELEGRAM_BOT_TOKEN does not look like a bot token (digits, a colon, then at least 30 "
            "letters, digits, '_' or '-'). Copy it again from @BotFather."
        )
    return token


class RedactToken(logging.Filter):
    """Replaces the token in a record's message, traceback and stack before any handler sees it."""

    def __init__(self, token: str):
        super().__init__()
        self.token = token
        self._forms = sorted({token, quote(token, safe=""), quote(token)}, key=lambda w: (-len(w), w))

    def redact(self, text: str) -> str:
        for form in self._forms:
            text = text.replace(form, REDACTED)
        return text

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: let logging report it as usual
            return True
        if self._contains(message):
            record.msg, record.args = self.redact(message), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and self._contains(record.exc_text):
            record.exc_text = self.redact(record.exc_text)
        if record.stack_info and self._contains(record.stack_info):
            record.stack_info = self.redact(record.stack_info)
        return True

    def _contains(self, text: str) -> bool:
        return any(form in text for form in self._forms)


def redact_token_in_logs(token: str) -> RedactToken:
    """Install the filter on every handler of the root logger (and the last-resort one); quiet httpx."""
    token_filter = RedactToken(token)
    handlers = [*logging.getLogger().handlers, logging.lastResort]
    for handler in handlers:
        if handler is None:
            continue
        if not any(isinstance(f, RedactToken) and f.token == token for f in handler.filters):
            handler.addFilter(token_filter)
    # Request lines (with the token in the URL) are logged at INFO; they are noise anyway.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    return token_filter


def remove_redaction(token_filter: RedactToken) -> None:
    for handler in [*logging.getLogger().handlers, logging.lastResort]:
        if handler is not None:
            handler.removeFilter(token_filter)
