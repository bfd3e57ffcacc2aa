"""A sentence that only announces what follows: "My question is to the Minister." says whom a member
asks, the next sentences of the turn say what. "What did X ask the Minister about?" is answered by the
announcement and what follows it in the paragraph.

    Mr HALE (Ashby) (10:42): My question is to the Treasurer. Last year the government promised a
    review of stamp duty. When will it report?
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, overlaps

_ANNOUNCES = re.compile(r"\b(?:my|the|a|our)\s+(?:supplementary\s+|first\s+|next\s+|last\s+)?question\s+is\s+(?:to|for)\b|"
                        r"\bI\s+(?:want|would like|wish|have)\s+to\s+ask\s+(?:the|a|my)\b", re.I)
MAX_WORDS = 10  # the announcement itself, after its turn label: "My question is to the Premier."
FOLLOWING = 2


def announces(text: str) -> bool:
    m = _ANNOUNCES.search(text)
    return m is not None and len(text[m.start():].split()) <= MAX_WORDS


def with_what_follows(chosen: list[Candidate], following) -> list[Candidate]:
    """The best sentence, when it only announces a question, with up to two sentences after it in its
    paragraph. `following(c)`: the article's sentence after `c` (neighbours.next_sentence)."""
    if not chosen or not announces(chosen[0].text):
        return chosen
    best, taken = chosen[0], [chosen[0]]
    for _ in range(FOLLOWING):
        nxt = following(taken[-1])
        if nxt is None or nxt.chunk.chunk.id != best.chunk.chunk.id or overlaps(nxt, taken):
            break
        taken.append(nxt)
    return [*taken, *(c for c in chosen[1:] if not overlaps(c, taken))]
