"""The Telegram front-end's Application: built from settings, run by polling or webhook.

`build_application` wires python-telegram-bot to the `Whosaid` facade through the handlers in
`handlers`; `run_bot` runs it until SIGINT/SIGTERM. The other modules here: `render` (HTML),
`stream` (sending, streamed drafts), `guard` (access and limits), `redact` (token check and
redaction), `memory` (each chat's history), `pacing` (one question at a time per chat, "typing…"),
`addressing` (which group messages are questions), `texts` (what the bot says on its own).
"""

from __future__ import annotations

import asyncio
import hashlib
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urlparse

from telegram import Bot
from telegram.error import InvalidToken, NetworkError
from telegram.ext import AIORateLimiter, Application, ApplicationBuilder

from bot.telegram.memory import ChatMemory
from bot.telegram.guard import Guard
from bot.telegram.handlers import ALLOWED_UPDATES, FrontEnd
from bot.telegram.redact import REDACTED, check_token, redact_token_in_logs
from bot.service import ConfigError, Settings, WhosaidError

CONCURRENT_UPDATES = 64  # updates handled at once; answers themselves are bounded by the pool
ANSWER_WORKERS = 8
STREAM_EDIT_INTERVAL_S = 1.0
FLOOD_RETRIES = 3  # when Telegram says "retry after N s", wait and retry this many times


def file_url(base_url: str) -> str:
    """The file endpoint alongside a Bot API base URL: …/bot -> …/file/bot."""
    head, _, tail = base_url.rstrip("/").rpartition("/")
    return f"{head}/file/{tail}"


def check_telegram(settings: Settings) -> str:
    """Ask Telegram who the bot is (getMe), so a rejected token or no network fails fast, in one line."""
    token = check_token(settings.telegram.bot_token)
    redact_token_in_logs(token)

    async def get_me() -> str:
        base = settings.telegram.base_url
        async with Bot(token, base_url=base, base_file_url=file_url(base)) as bot:
            return bot.username

    try:
        return asyncio.run(get_me())
    except InvalidToken:
        raise ConfigError(
            "Telegram rejected TELEGRAM_BOT_TOKEN. Copy it again from @BotFather (or /revoke and use the new one)."
        ) from None
    except NetworkError as err:
        reason = str(err).replace(token, REDACTED)
        raise WhosaidError(
            f"Cannot reach the Telegram Bot API ({reason}). Check the network, or TELEGRAM_BASE_URL."
        ) from None


def build_application(
    settings: Settings,
    facade,
    *,
    memory: ChatMemory | None = None,
    guard: Guard | None = None,
    stream_interval: float = STREAM_EDIT_INTERVAL_S,
    workers: int = ANSWER_WORKERS,
) -> Application:
    """The bot, ready for `run_bot`: token checked, logs redacted, handlers registered."""
    token = check_token(settings.telegram.bot_token)
    redact_token_in_logs(token)
    front = FrontEnd(
        facade,
        memory or ChatMemory.from_settings(settings),
        guard or Guard.from_settings(settings),
        ThreadPoolExecutor(max_workers=workers, thread_name_prefix="whosaid-answer"),
        stream_interval,
    )
    app = (
        ApplicationBuilder()
        .token(token)
        .base_url(settings.telegram.base_url)
        .base_file_url(file_url(settings.telegram.base_url))
        .rate_limiter(AIORateLimiter(max_retries=FLOOD_RETRIES))
        .concurrent_updates(CONCURRENT_UPDATES)
        .post_init(front.post_init)
        .post_shutdown(front.post_shutdown)
        .build()
    )
    front.register(app)
    return app


def run_bot(app: Application, settings: Settings, *, poll_timeout: float = 10, **run_kwargs) -> None:
    """Long polling, or a webhook server when TELEGRAM_WEBHOOK_URL is set. Returns on SIGINT/SIGTERM."""
    if settings.telegram.webhook_url:
        url = settings.telegram.webhook_url
        app.run_webhook(
            listen=settings.telegram.webhook_listen,
            port=settings.telegram.webhook_port,
            url_path=urlparse(url).path.lstrip("/"),
            webhook_url=url,
            secret_token=webhook_secret(app.bot.token),
            allowed_updates=ALLOWED_UPDATES,
            **run_kwargs,
        )
    else:
        app.run_polling(allowed_updates=ALLOWED_UPDATES, timeout=poll_timeout, **run_kwargs)


def webhook_secret(token: str) -> str:
    """A stable secret for the X-Telegram-Bot-Api-Secret-Token header, derived from the token."""
    return hashlib.sha256(("whosaid-webhook:" + token).encode()).hexdigest()[:48]
