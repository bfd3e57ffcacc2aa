"""How a chat's questions are paced: one at a time per chat, with "typing…" shown meanwhile."""

from __future__ import annotations

import asyncio
import contextlib

from telegram.constants import ChatAction
from telegram.error import TelegramError

TYPING_EVERY_S = 4.5  # Telegram shows "typing…" for five seconds


class ChatTurns:
    """One question at a time per chat, so follow-ups see the answer before them."""

    def __init__(self) -> None:
        self._locks: dict[int, list] = {}  # chat id -> [lock, users]

    @contextlib.asynccontextmanager
    async def turn(self, chat_id: int):
        entry = self._locks.setdefault(chat_id, [asyncio.Lock(), 0])
        entry[1] += 1
        try:
            async with entry[0]:
                yield
        finally:
            entry[1] -= 1
            if entry[1] == 0:
                self._locks.pop(chat_id, None)


@contextlib.asynccontextmanager
async def typing(bot, chat_id: int):
    """Show "typing…" in the chat until the block ends."""
    async def keep_typing():
        while True:
            with contextlib.suppress(TelegramError):
                await bot.send_chat_action(chat_id, ChatAction.TYPING)
            await asyncio.sleep(TYPING_EVERY_S)

    task = asyncio.create_task(keep_typing())
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
