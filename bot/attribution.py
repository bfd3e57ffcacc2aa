"""Moved to bot.answering.attribution; kept so existing imports work."""

from bot.answering.attribution import *  # noqa: F401,F403
