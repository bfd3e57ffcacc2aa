""""In which department is the town?": the answer names a place as that kind, "the southern
department of Huila" or "Huila department", not a sentence on the town that names none so."""

from __future__ import annotations

import re
from functools import lru_cache

from index.textnorm import fold
from index.vocabulary import vocabulary

NAMED_KIND = 0.2
_ASKED = re.compile(r"^\s*(?:and\s+)?(?:in|at|from|to|into|within)\s+(?:which|what)\s+(?:[a-z\-]+\s+)?([a-z]+)\b")
_NOT_NAMES = r"(?!(?:The|A|An|This|That|These|Those|Its|Our|Their|His|Her|Each|Every|Another)\b)"


def asked_kind(question: str) -> str | None:
    """The kind of place asked for ("department"), when the question asks "in which <kind>"."""
    m = _ASKED.match(fold(question).lower())
    if m is None:
        return None
    noun = m.group(1)
    return noun if noun in vocabulary().divisions else None


@lru_cache(maxsize=64)
def _named_as(kind: str) -> re.Pattern:
    return re.compile(rf"\b{kind}s?\s+of\s+(?:the\s+)?[A-Z]|\b{_NOT_NAMES}[A-Z][\w'’\-]+\s+(?i:{kind})\b")


def weigh_named_kinds(q, candidates) -> None:
    """Weigh up the sentences that name a place as the kind asked for."""
    kind = asked_kind(q.text)
    if kind is None:
        return
    pattern = _named_as(kind)
    for c in candidates:
        if pattern.search(c.text):
            c.score += NAMED_KIND
