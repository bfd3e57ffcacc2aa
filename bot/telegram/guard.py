"""Who may use the bot, how often, and how long a question may be.

Pure bookkeeping, no Telegram types: the handlers ask, the guard answers with a decision
and, when refusing, the sentence to show.
"""

from __future__ import annotations

import math
import threading
import time
from collections import deque
from collections.abc import Callable

from cachetools import LRUCache

from bot.service import Settings

WINDOW_S = 60.0
MAX_TRACKED = 100_000  # users remembered for refusals and rate limiting

REFUSAL = (
    "Sorry, this bot is private and you are not on its list of users. "
    "If you think you should be, ask the person who runs it to add your Telegram id."
)


class Guard:
    """Allowlists (an empty list allows everyone), a sliding-window rate limit, a length limit.

    A user must pass both lists: with TELEGRAM_ALLOWED_USERS set only those users are served,
    with TELEGRAM_ALLOWED_CHATS set only in those chats (a private chat's id is the user's id).
    """

    def __init__(
        self,
        allowed_users: frozenset[int] = frozenset(),
        allowed_chats: frozenset[int] = frozenset(),
        rate_per_minute: int = 10,
        max_question_chars: int = 1000,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.allowed_users = frozenset(allowed_users)
        self.allowed_chats = frozenset(allowed_chats)
        self.rate_per_minute = rate_per_minute
        self.max_question_chars = max_question_chars
        self._clock = clock
        self._lock = threading.Lock()
        # Per-user tables, each keeping the MAX_TRACKED users seen most recently.
        self._refused: LRUCache[int, bool] = LRUCache(MAX_TRACKED)
        self._hits: LRUCache[int, deque[float]] = LRUCache(MAX_TRACKED)
        self._told_until: LRUCache[int, float] = LRUCache(MAX_TRACKED)  # user -> end of the window they were told of

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs) -> "Guard":
        return cls(
            allowed_users=settings.telegram.allowed_users,
            allowed_chats=settings.telegram.allowed_chats,
            rate_per_minute=settings.telegram.rate_limit_per_minute,
            max_question_chars=settings.answering.max_question_chars,
            **kwargs,
        )

    # -- access ----------------------------------------------------------------------
    def allows(self, user_id: int | None, chat_id: int | None) -> bool:
        if self.allowed_users and user_id not in self.allowed_users:
            return False
        if self.allowed_chats and chat_id not in self.allowed_chats:
            return False
        return True

    def should_refuse(self, user_id: int) -> bool:
        """True the first time a refused user is seen: they get one polite refusal, then silence."""
        with self._lock:
            if self._refused.get(user_id):
                return False
            self._refused[user_id] = True
            return True

    # -- rate ------------------------------------------------------------------------
    def retry_after(self, user_id: int) -> float | None:
        """Seconds until this user may ask again, or None (and the question is counted)."""
        if self.rate_per_minute <= 0:
            return None
        now = self._clock()
        with self._lock:
            hits = self._hits.get(user_id)
            if hits is None:
                hits = self._hits[user_id] = deque()
            while hits and now - hits[0] >= WINDOW_S:
                hits.popleft()
            if len(hits) >= self.rate_per_minute:
                return max(hits[0] + WINDOW_S - now, 0.0)
            hits.append(now)
            return None

    def should_tell_rate(self, user_id: int, wait_s: float) -> bool:
        """True once per limited window: a user who keeps sending hears the limit once, not per message."""
        now = self._clock()
        with self._lock:
            if self._told_until.get(user_id, float("-inf")) > now:
                return False
            self._told_until[user_id] = now + wait_s
            return True

    def rate_message(self, wait_s: float) -> str:
        seconds = max(1, math.ceil(wait_s))
        unit = "second" if seconds == 1 else "seconds"
        return (
            f"You have asked {self.rate_per_minute} questions in the last minute, the most this bot "
            f"answers per person. Please try again in {seconds} {unit}."
        )

    # -- length ----------------------------------------------------------------------
    def length_problem(self, question: str) -> str | None:
        """The refusal for an over-long question, naming the limit; None when it fits."""
        length = len(question.strip())
        if length <= self.max_question_chars:
            return None
        return (
            f"That question is {length} characters long; the limit is {self.max_question_chars}. "
            "Please shorten it."
        )
