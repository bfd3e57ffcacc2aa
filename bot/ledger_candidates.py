"""Moved to bot.answering.ledger_candidates; kept so existing imports work."""

from bot.answering.ledger_candidates import *  # noqa: F401,F403
