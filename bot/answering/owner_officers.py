""""What did the new baker pledge": a body's officer speaks for the body the question describes by
its trade. The ledger reads "Marram's director, Ms Ana Roe, has pledged ..." as Ana Roe's; the
question's "baker" is the body her title names by its short name ("Marram"), whose full name
the passage gives ("Marram Bakers"). Read from the chosen passages only."""

from __future__ import annotations

import re

from bot.answering.terms import stems

# "Marram's director, Ms Ana Roe": the owner's short name before its possessive
_OWNER = re.compile(r"^\s*(?:the\s+)?(?P<owner>[A-Z][\w&'’-]*(?:\s+[A-Z][\w&'’-]*){0,2})['’]s?\s+[a-z]")


def speaks_for_kind(speaker_as_written: str, role_head: str, texts: list[str]) -> bool:
    """Whether the speaker, written as an officer of an owner ("Marram's director"), speaks for a
    body whose full name in `texts` ("Marram Bakers") holds the word the question describes it by."""
    m = _OWNER.match(speaker_as_written or "")
    if m is None or not role_head:
        return False
    named = re.compile(rf"\b{re.escape(m.group('owner'))}\s+((?:[A-Z][\w&'’-]*\s*){{1,3}})")
    return any(role_head in stems(word) for text in texts for found in named.finditer(text) for word in found.group(1).split())
