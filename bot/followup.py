"""Moved to bot.answering.followup; kept so existing imports work."""

from bot.answering.followup import *  # noqa: F401,F403
