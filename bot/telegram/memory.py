"""Per-conversation memory: recent turns for follow-ups, and the answers `/source N` points into.

Bounded three ways so a long-running bot never grows: turns per conversation
(`history_turns`), turn age (`history_max_age_s`), and number of conversations (least
recently used forgotten first). Thread-safe: the Telegram front-end reads and writes it from
the event loop and worker threads; the REPL uses it with a single key.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field

from cachetools import LRUCache

from bot.service import Answer, Settings, Turn

MAX_CONVERSATIONS = 10_000


@dataclass
class _Entry:
    at: float
    turn: Turn
    keys: frozenset = frozenset()
    in_history: bool = True


@dataclass
class _Conversation:
    entries: deque = field(default_factory=deque)


class ChatMemory:
    """Recent turns per conversation key (a Telegram chat id, or "repl")."""

    def __init__(
        self,
        max_turns: int = 6,
        max_age_s: float = 3600,
        max_conversations: int = MAX_CONVERSATIONS,
        clock: Callable[[], float] = time.monotonic,
    ):
        self.max_turns = max(0, max_turns)
        self.max_age_s = max_age_s
        self.max_conversations = max(1, max_conversations)
        self._clock = clock
        self._lock = threading.Lock()
        self._conversations: LRUCache[Hashable, _Conversation] = LRUCache(self.max_conversations)  # most recent chats

    @classmethod
    def from_settings(cls, settings: Settings, **kwargs) -> "ChatMemory":
        return cls(max_turns=settings.answering.history_turns, max_age_s=settings.answering.history_max_age_s, **kwargs)

    def add(self, key: Hashable, turn: Turn, *, keys: Iterable[Hashable] = (), in_history: bool = True) -> None:
        """Remember `turn`; `keys` (e.g. the message ids that showed it) find its answer later.

        With `in_history=False` the turn's answer can be cited (`/source N`) but is not fed
        back as conversation history (used for `/who` and `/timeline` listings).
        """
        now = self._clock()
        with self._lock:
            conv = self._conversations.get(key)
            if conv is None:
                conv = self._conversations[key] = _Conversation()
            conv.entries.append(_Entry(now, turn, frozenset(keys), in_history))
            self._prune(conv, now)

    def history(self, key: Hashable) -> list[Turn]:
        """The conversation's fresh turns, oldest first (at most `max_turns`)."""
        now = self._clock()
        with self._lock:
            conv = self._conversations.get(key)
            if conv is None:
                return []
            self._prune(conv, now)
            turns = [e.turn for e in conv.entries if e.in_history]
            return turns[len(turns) - self.max_turns :] if self.max_turns else []

    def answer(self, key: Hashable, tag: Hashable | None = None) -> Answer | None:
        """The latest remembered answer, or the one shown under `tag`; None once forgotten."""
        now = self._clock()
        with self._lock:
            conv = self._conversations.get(key)
            if conv is None:
                return None
            self._prune(conv, now)
            for entry in reversed(conv.entries):
                if entry.turn.answer is not None and (tag is None or tag in entry.keys):
                    return entry.turn.answer
            return None

    def reset(self, key: Hashable) -> None:
        with self._lock:
            self._conversations.pop(key, None)

    def __len__(self) -> int:
        with self._lock:
            return len(self._conversations)

    def _prune(self, conv: _Conversation, now: float) -> None:
        entries = conv.entries
        while entries and now - entries[0].at > self.max_age_s:
            entries.popleft()
        # History turns and listing-only entries are bounded separately, so a burst of
        # /who commands does not push the conversation out of memory. At least one of each
        # is kept even with history off, so `/source N` still finds the last answer.
        keep = max(self.max_turns, 1)
        for in_history in (True, False):
            excess = sum(1 for e in entries if e.in_history is in_history) - keep
            while excess > 0:
                oldest = next(e for e in entries if e.in_history is in_history)
                entries.remove(oldest)
                excess -= 1
