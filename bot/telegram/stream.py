"""Sending rendered HTML to Telegram: the plain-text fallback, and a reply that grows as it streams.

`facade.answer` calls `on_token` from a worker thread; `LiveReply` marshals each update to
the event loop with `run_coroutine_threadsafe`, shows the draft as plain text, edits it no
more than once per interval, and at the end replaces it with the verified, rendered answer.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Awaitable, Callable

from telegram import InlineKeyboardMarkup, Message
from telegram.constants import ParseMode
from telegram.error import BadRequest, TelegramError

from bot.telegram.render import draft_text, to_plain

log = logging.getLogger(__name__)


async def deliver(send: Callable[..., Awaitable], html: str, **kwargs):
    """`send(text=html, parse_mode=HTML)`; if Telegram cannot parse the HTML, the same as plain text."""
    try:
        return await send(text=html, parse_mode=ParseMode.HTML, **kwargs)
    except BadRequest as err:
        if "can't parse entities" not in str(err).lower():
            raise
        log.warning("Telegram refused the HTML of a reply (%s); sending it as plain text", err)
        return await send(text=to_plain(html), **kwargs)


class LiveReply:
    """One reply in one chat that may show a streaming draft before the final answer."""

    def __init__(self, bot, chat_id: int, loop: asyncio.AbstractEventLoop, interval: float, reply_parameters=None):
        self.bot = bot
        self.chat_id = chat_id
        self.loop = loop
        self.interval = interval
        self.reply_parameters = reply_parameters
        self.message_id: int | None = None
        self._tokens: list[str] = []
        self._lock = threading.Lock()  # guards _tokens, _closed, _pending (worker vs loop)
        self._closed = False
        self._pending = None  # concurrent.futures.Future of the scheduled draft update
        self._sending = asyncio.Lock()
        self._last_sent = float("-inf")

    # -- worker thread -----------------------------------------------------------------
    def on_token(self, token: str) -> None:
        """Called by the facade from its worker thread with each new piece of the answer."""
        with self._lock:
            self._tokens.append(token)
            if self._closed or (self._pending is not None and not self._pending.done()):
                return  # a scheduled update will pick this token up
            try:
                self._pending = asyncio.run_coroutine_threadsafe(self._show_draft(), self.loop)
            except RuntimeError:  # the loop is shutting down
                self._closed = True

    # -- event loop --------------------------------------------------------------------
    async def _show_draft(self) -> None:
        async with self._sending:
            await self._pace()
            with self._lock:
                if self._closed:
                    return
                text = draft_text("".join(self._tokens))
            try:
                if self.message_id is None:
                    sent = await self.bot.send_message(
                        self.chat_id, text, reply_parameters=self.reply_parameters
                    )
                    self.message_id = sent.message_id
                else:
                    await self.bot.edit_message_text(text, chat_id=self.chat_id, message_id=self.message_id)
            except TelegramError as err:  # a draft is best effort; the final answer is what counts
                log.info("could not update a streaming draft: %s", err)
            self._last_sent = self.loop.time()

    async def _pace(self) -> None:
        wait = self._last_sent + self.interval - self.loop.time()
        if wait > 0:
            await asyncio.sleep(wait)

    async def _close(self) -> None:
        with self._lock:
            self._closed = True
            pending = self._pending
        if pending is not None:
            try:
                await asyncio.wrap_future(pending)
            except Exception:  # already logged by _show_draft, or cancelled at shutdown
                log.debug("draft update failed", exc_info=True)

    async def abandon(self) -> None:
        """No answer after all: remove the draft, if one was shown."""
        await self._close()
        if self.message_id is not None:
            try:
                await self.bot.delete_message(self.chat_id, self.message_id)
            except TelegramError as err:
                log.info("could not delete a streaming draft: %s", err)

    async def finish(self, chunks: list[str], markup: InlineKeyboardMarkup | None) -> list[int]:
        """Show the final HTML chunks (the draft becomes the first); buttons go under the last."""
        await self._close()
        ids: list[int] = []
        async with self._sending:
            for i, chunk in enumerate(chunks):
                last = i == len(chunks) - 1
                buttons = markup if last else None
                if i == 0 and self.message_id is not None:
                    await self._pace()
                    await self._replace_draft(chunk, buttons)
                    ids.append(self.message_id)
                    continue
                sent: Message = await deliver(
                    self.bot.send_message,
                    chunk,
                    chat_id=self.chat_id,
                    reply_markup=buttons,
                    reply_parameters=self.reply_parameters if not ids else None,
                )
                ids.append(sent.message_id)
        return ids

    async def _replace_draft(self, chunk: str, markup) -> None:
        try:
            await deliver(
                self.bot.edit_message_text, chunk, chat_id=self.chat_id, message_id=self.message_id, reply_markup=markup
            )
        except BadRequest as err:
            if "not found" in str(err).lower():  # the user deleted the draft: the answer comes anew
                sent: Message = await deliver(self.bot.send_message, chunk, chat_id=self.chat_id, reply_markup=markup,
                                              reply_parameters=self.reply_parameters)
                self.message_id = sent.message_id
            elif "not modified" not in str(err).lower():
                raise
        self._last_sent = self.loop.time()
