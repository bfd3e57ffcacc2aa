""""Where were the evacuated residents taken?", "Where are the families living now?": a where-question
about where people were moved to or are staying is answered by the sentence that moves or houses them
somewhere ("were moved overnight to a sports hall", "are still staying in temporary accommodation"),
not by the lede that names the place the story happened."""

from __future__ import annotations

import re

from index.textnorm import fold

DESTINATION = 0.25
_MOVING = (r"taken|moved|sent|evacuated|transferred|relocated|housed|rehoused|staying|stayed|living|lived|sheltering|"
           r"sheltered|put up|bused|bussed|flown|spent the night|spending the night|spend the night")
_ASKS = re.compile(rf"^\s*(?:and\s+)?where\b.*\b(?:{_MOVING}|live|stay|go|gone|went)\b", re.I)
_TOLD = re.compile(rf"\b(?:{_MOVING})\b[^.;:!?]{{0,40}}?\b(?:to|in|at|into|inside)\s+(?:a|an|the|temporary|emergency|"
                   rf"their|relatives['’]?|friends['’]?)\b", re.I)


def asks_destination(question: str) -> bool:
    return bool(_ASKS.match(fold(question)))


def weigh_destinations(q, candidates) -> None:
    """Weigh up the sentences that move or house people somewhere, for a where-question asking so."""
    if q.asks != "place" or not asks_destination(q.text):
        return
    for c in candidates:
        if _TOLD.search(c.text):
            c.score += DESTINATION
