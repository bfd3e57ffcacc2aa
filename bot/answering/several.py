""""Which board members were on opposite sides?", "Which two councillors ...?": a who-question asking
for more than one person, whose answer keeps each one's sentence (not only the best person's)."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.parsing import parse

_COUNTED = re.compile(r"^\s*(?:and\s+)?(?:which|what)\s+(?:two|three|four|both)\b", re.I)
# "what did each argue", "on opposite sides" ("each other", "each year" ask for no one)
_EACH = re.compile(r"\beach\b(?!\s+(?:other|year|day|week|month|time|of the))|\bopposite sides\b", re.I)


@lru_cache(maxsize=512)
def asks_several(question: str) -> bool:
    if _COUNTED.match(question) or _EACH.search(question):
        return True
    doc = parse(question)
    first = next((t for t in doc if not t.is_punct and t.lower_ != "and"), None)
    # "Which senators": the asking word's noun is plural
    return first is not None and first.lower_ in ("which", "what") and first.dep_ == "det" and first.head.tag_ in ("NNS", "NNPS")
