"""The thing a "what is the X with / of ..." question asks for: X is what the answer must hold.

"What is the danger with the recalled heaters?" is answered by the sentence on the hazard, not by
the one describing the heaters, though that one holds more of the question's other words. The
focus noun (or a word of its paraphrase group, index/vocabulary.yaml `paraphrases`) weighs more,
and a sentence without it answers less. A figure ("what was the revenue") is counting's; a person
("what is the minister's view") is no focus here.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.textnorm import fold
from index.vocabulary import noun_asks

_FOCUS = re.compile(r"^\s*(?:and\s+)?what\s+(?:is|was|are|were|'s)\s+the\s+(?:main\s+|biggest\s+|chief\s+)?([a-z]+)"
                    r"\s+(?:with|of|for|in|about|behind|from|to|on|facing|posed)\b", re.I)
FOCUS_WEIGHT = 2.0
NO_FOCUS = 0.7


def focus_of(question: str) -> str | None:
    """The stem of the noun asked for, or None (most questions: one regular expression)."""
    m = _FOCUS.match(fold(question))
    if m is None or noun_asks(m.group(1)) is not None:
        return None
    found = stems(m.group(1))
    return found[0] if len(found) == 1 else None
