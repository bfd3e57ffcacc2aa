"""A question asking what the person it describes does for work ("...; what does he do for a
living?", "what is her job?", "what body does he sit on?"): the sentence picked is that person's words, and their trade is
written where the article names them ("X's brother, NAME, who is ... an electrician by trade."),
the sentence the answer then brings before theirs (naming_sentence.py)."""

from __future__ import annotations

import re

_OCCUPATION = re.compile(
    r"\bdo(?:es)?\s+(?:\w+\s+){0,2}?for\s+a\s+living\b"
    r"|\bwhat\s+(?:is|was)\s+(?:his|her|their|the)\s+(?:\w+\s+)?(?:job|occupation|profession|trade|line\s+of\s+work)\b"
    r"|\bwhat\s+(?:job|trade|occupation|profession)\s+does\b"
    r"|\bwhat\s+(?:does|did)\s+(?:he|she)\s+do\s*(?:\?|$)"
    # "what body does he sit on", "which council does she serve on": a seat, written where the article names them
    r"|\b(?:what|which)\s+(?:body|council|board|committee|panel|assembly|organi[sz]ation|group)\s+(?:does|did|do)\s+"
    r"(?:\w+\s+){0,3}?(?:sit|sits|serve|serves|belong)\b",
    re.I)


def asks_occupation(question: str) -> bool:
    return bool(_OCCUPATION.search(question))
