""""How is the rancher Bram related to the retiring vet?": a question about a family tie is answered
by the sentence that gives the named person's tie ("Her nephew, Bram Roe, runs 400 cows"; "Bram
Roe, her nephew, ..."), a relative's word set right beside the name, not a sentence sharing only the
question's other words. "X, who is not related to Y" gives no tie."""

from __future__ import annotations

import re
from functools import cache

from index.textnorm import fold
from index.vocabulary import vocabulary

TIE_GIVEN = 0.4
_ASKS = re.compile(r"^\s*(?:and\s+)?(?:how\s+(?:is|are|was|were)\s+.+?\s+related\s+to\b|what\s+(?:relation|relative)\s+(?:is|was)\b"
                   r"|what\s+is\s+.+?['’]s?\s+relationship\s+(?:to|with)\b)", re.I)
_NOT_TIED = re.compile(r"\b(?:not|no)\s+(?:related|relation|relative)\b", re.I)


def asks_tie(question: str) -> bool:
    return _ASKS.match(fold(question)) is not None


@cache
def _kin() -> str:
    words = vocabulary().job_kinds.get("relative", ())
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


def weigh_ties(q, candidates) -> None:
    """Weigh up the sentences that set a relative's word right beside a name the question gives."""
    if not asks_tie(q.text) or not q.names:
        return
    kin = _kin()
    for c in candidates:
        if _NOT_TIED.search(c.text):
            continue
        for name in q.names:
            n = re.escape(name)
            if re.search(rf"\b(?:{kin})s?\b[,:]?\s+(?:[A-Z][\w'’-]*\s+)?{n}\b|\b{n}\b(?:\s+[A-Z][\w'’-]*)?,\s+(?:(?:his|her|their|the)\s+)?"
                         rf"(?:\w+\s+)?(?:{kin})\b", c.text, re.I):
                c.score += TIE_GIVEN
                break
