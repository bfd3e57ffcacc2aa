"""Moved to bot.answering.extractive; kept so existing imports work."""

from bot.answering.extractive import *  # noqa: F401,F403
