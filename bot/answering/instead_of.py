"""A question that names what was replaced: "Where will the teams check in instead of the river at
Town?" The lede names the replaced place with every word of the question ("will bypass its
checkpoint on the river at Town"); the answer is the sentence that says what instead ("Teams will
instead follow a trail to a checkpoint at a school hall"). A sentence saying "instead" (or "rather
than", "in place of") that shares the question's other words is weighed up; one that names the
replaced thing without saying what instead is weighed down.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems

_INSTEAD_OF = re.compile(r"\b(?:instead\s+of|rather\s+than|in\s+place\s+of)\s+(?:the\s+|a\s+|an\s+)?([^,?;]{2,60})", re.I)
_SAYS_INSTEAD = re.compile(r"\b(?:instead|rather\s+than|in\s+place\s+of|in\s+its\s+place|replac(?:e|es|ed|ing))\b", re.I)

INSTEAD = 1.6  # the sentence saying what instead
REPLACED = 0.6  # a sentence naming only the replaced thing


def weigh_instead_of(q, candidates: list[Candidate]) -> None:
    """Weigh the candidates of a question asking what was done "instead of" something (see above)."""
    if q.kind not in ("where", "what"):
        return
    m = _INSTEAD_OF.search(q.text)
    if m is None:
        return
    replaced = frozenset(stems(m.group(1)))
    others = frozenset(t for t in q.terms if t not in replaced and t != "instead")
    if not replaced or not others:
        return
    for c in candidates:
        says = _SAYS_INSTEAD.search(c.text) is not None
        if says and c.terms & others:
            c.score *= INSTEAD
        elif not says and replaced <= c.terms:
            c.score *= REPLACED
