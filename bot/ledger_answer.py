"""Moved to bot.answering.ledger; kept so existing imports work."""

from bot.answering.ledger import *  # noqa: F401,F403
