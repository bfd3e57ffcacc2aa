"""Moved to bot.answering.question; kept so existing imports work."""

from bot.answering.question import *  # noqa: F401,F403
