"""A winner asked ("who won the cup?", "who will win the race?") where the chosen sentences name the
winning only as an unknown ("whoever wins it will have earned it", "the crew who wins it goes
through"): the articles do not say who wins.

    Who won the Thorsby Cup?   "whoever wins it will have earned it"          winner unknown: declined
    Who won the Thorsby Cup?   "The Fellmouth crew won the Thorsby Cup"         answered

Read from the question's and the chosen sentences' text alone (regular expressions)."""

from __future__ import annotations

import re

_WINNER_ASKED = re.compile(r"^\s*(?:and\s+)?(?:who|which\s+\w+(?:\s+\w+)?)\s+(?:won|wins|will\s+win|is\s+going\s+to\s+win|"
                           r"took|lifted|claimed|finished\s+first|came\s+first)\b|^\s*(?:and\s+)?who\s+(?:is|was)\s+the\s+winner\b",
                           re.I)
# Winning said of an unknown winner: "whoever wins", "who wins it will", "the first to win".
_UNKNOWN = re.compile(r"\b(?:who(?:ever)?|whichever\s+\w+|the\s+(?:one|team|crew|side|rider|runner|horse)\s+(?:that|who))\s+"
                      r"(?:wins|will\s+win|would\s+win|takes|lifts)\b", re.I)
# Winning told of someone: "won", "wins" with a named subject, "winner was", "champions".
_TOLD = re.compile(r"\b(?:won|winners?\s+(?:was|were|is|are)|victory|victorious|champions?|beat|beating|retain(?:ed|s)?|lifted|clinched)\b",
                   re.I)


def winner_unknown(q, chosen: list) -> object | None:
    """The chosen sentence that speaks of the winning only as unknown, when a winner is asked and no
    chosen sentence tells a win; else None."""
    if not chosen or not _WINNER_ASKED.search(q.text):
        return None
    if any(_TOLD.search(_UNKNOWN.sub(" ", c.text)) for c in chosen):
        return None
    return next((c for c in chosen if _UNKNOWN.search(c.text)), None)
