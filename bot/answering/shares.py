"""A question for a share of something ("What share of the group's turnover went with ...?") is
answered by the sentence that gives a share of that very thing ("That was about 14 per cent of
our turnover."), though the sentence before it, which tells the story, shares more of its words.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.textnorm import fold

SHARE_BONUS = 0.25
SHARE_OF = re.compile(r"^(?:and\s+)?(?:what|which)\s+(?:share|percentage|proportion|fraction|portion|part)\s+of\s+"
                      r"(?P<whole>(?:[\w'’-]+\s+){0,4}?[\w'’-]+)\s+(?:went|goes|go|was|is|were|are|did|does|do|has|had|have|came|comes)\b", re.I)
# "14 per cent of our turnover", "a third of its sales", "half the market"
_SHARE = re.compile(r"(?:\d[\d.,]*\s*(?:per\s*cent|percent|%)|\b(?:a|one|two)\s+(?:third|quarter|fifth|tenth)s?|\bhalf)"
                    r"\s+(?:of\s+)?(?P<rest>(?:[\w'’-]+\s+){0,4}[\w'’-]+)", re.I)


def weigh_shares(question: str, candidates) -> None:
    """Lift the sentences that give a share of the whole the question asks a share of."""
    m = SHARE_OF.match(fold(question).strip())
    if m is None:
        return
    whole = set(stems(m.group("whole")))
    for c in candidates:
        if any(whole & set(stems(s.group("rest"))) for s in _SHARE.finditer(c.text)):
            c.score += SHARE_BONUS
