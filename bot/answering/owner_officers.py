""""What did the new caterer promise": a body's officer speaks for the body the question describes by
its trade. The ledger reads "Hearthside's director, Ms Ana Roe, has promised ..." as Ana Roe's; the
question's "caterer" is the body her title names by its short name ("Hearthside"), whose full name
the passage gives ("Hearthside Catering"). Read from the chosen passages only."""

from __future__ import annotations

import re

from bot.answering.terms import stems

# "Hearthside's director, Ms Ana Roe": the owner's short name before its possessive
_OWNER = re.compile(r"^\s*(?:the\s+)?(?P<owner>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})['’]s?\s+[a-z]")


def speaks_for_kind(speaker_as_written: str, role_head: str, texts: list[str]) -> bool:
    """Whether the speaker, written as an officer of an owner ("Hearthside's director"), speaks for a
    body whose full name in `texts` ("Hearthside Catering") holds the word the question describes it by."""
    m = _OWNER.match(speaker_as_written or "")
    if m is None or not role_head:
        return False
    named = re.compile(rf"\b{re.escape(m.group('owner'))}\s+((?:[A-Z][\w&'’-]*\s*){{1,3}})")
    return any(role_head in stems(word) for text in texts for found in named.finditer(text) for word in found.group(1).split())
