"""A described person by the noun of what they do: "the old farmer" is the man "who owns a 12-dunum farm".
An agent noun in -er is its base word and the ending; a passage
holding the base word itself holds the person the question describes by it ("farmer" -> "farm")."""

from __future__ import annotations

import re

MIN_BASE = 3


def agent_bases(term: str) -> tuple[str, ...]:
    """The stems an agent noun's stem may come from: "farmer" -> "farm", "baker" -> "bake", "runner" -> "run"."""
    if not term.endswith("er") or len(term) - 2 < MIN_BASE:
        return ()
    base = term[:-2]
    out = [base, term[:-1]]
    if len(base) > MIN_BASE and base[-1] == base[-2]:
        out.append(base[:-1])  # (a doubled consonant)
    return tuple(out)


def agents_present(terms, present: frozenset[str], text: str) -> frozenset[str]:
    """Of the question's `terms`, the agent nouns whose base word `present` (a passage's stems) holds, written
    in `text` as that word itself or its plural ("owns a farm"), not a form of another part of speech
    ("the playing hall" names no player)."""
    return frozenset(t for t in terms if t not in present
                     and any(b in present and re.search(rf"\b{re.escape(b)}s?\b", text, re.I) for b in agent_bases(t)))
