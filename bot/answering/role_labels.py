"""A transcript turn labelled by a role, not a name: "The SPEAKER: ...", "The CHAIR: ...",
"PRESIDING JUDGE: ...". What "the Speaker" ruled or "the chair" said is in those turns, though the
statements ledger gives them to no named person. A paragraph opening with the question's role
phrase and a colon is that role's turn, every sentence of it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from index.textnorm import fold

_DETERMINERS = ("the", "a", "an")


@lru_cache(maxsize=256)
def _label(role_phrase: str) -> re.Pattern | None:
    words = fold(role_phrase).split()
    if words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    if not words or len(words) > 4:
        return None
    role = r"\s+".join(re.escape(w) for w in words)
    # "The SPEAKER:", "The Deputy Chair (Ms X):", "CHAIR (10:42):"
    return re.compile(rf"^\s*(?:the\s+)?{role}(?:\s*\([^)\n]{{0,60}}\))*\s*[:—–-]\s", re.I)


def in_role_turn(c, role_phrase: str | None) -> bool:
    """Whether candidate `c` stands in a turn its paragraph labels with `role_phrase`."""
    if not role_phrase:
        return False
    label = _label(role_phrase)
    return label is not None and bool(label.match(fold(c.chunk.chunk.text[:120])))


REPLY_SHARE = 0.8


def weigh_role_turns(q, candidates) -> None:
    """"How did the chair rule on the complaint": the chair's turn right after the turn that best
    matches the complaint is the reply to it, and weighs nearly as much (its own words share
    little with the question)."""
    if not q.role_head or not q.role_phrase or q.kind not in ("what", "why"):
        return
    best: dict[tuple[str, int], float] = {}
    for c in candidates:
        key = (c.chunk.chunk.article_id, c.chunk.chunk.paragraph)
        best[key] = max(best.get(key, 0.0), c.score)
    for c in candidates:
        chunk = c.chunk.chunk
        if c.span.start != chunk.start or not in_role_turn(c, q.role_phrase):
            continue
        before = best.get((chunk.article_id, chunk.paragraph - 1), 0.0)
        c.score = max(c.score, REPLY_SHARE * before)
