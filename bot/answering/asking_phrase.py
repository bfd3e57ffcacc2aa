"""The words with which a sentence would withhold what a question asks: "how old" for "How old are
the wagons?", "which supplier" for "Which supplier failed to deliver?". A next-best sentence that
says it did not say "which supplier" withholds the very thing asked, though the best sentence
mentions the supplier's goods."""

from __future__ import annotations

import re

_HOW = re.compile(r"^\s*(?:and\s+)?how\s+(old|much|many|long|big|large|far|deep|high|tall|often)\b", re.I)
_WHICH = re.compile(r"^\s*(?:and\s+)?(?:which|what)\s+([a-z][a-z\-]{2,})\s+(?:did|does|do|was|were|has|have|had|is|are|will|"
                    r"would|could|[a-z]+ed)\b", re.I)
_NOT_NOUNS = frozenset("did does do was were has have had is are will would could kind sort type".split())


def asking_phrase(question: str) -> re.Pattern | None:
    """The phrase a sentence withholding the question's answer would hold, or None."""
    if (m := _HOW.match(question)) is not None:
        return re.compile(rf"\bhow\s+{m.group(1)}\b", re.I)
    return which_phrase(question)


def which_phrase(question: str) -> re.Pattern | None:
    """"which supplier" for "Which supplier failed to deliver?": it names the thing asked, so a sentence
    withholding it withholds the answer even to a question asking for a person or a body."""
    if (m := _WHICH.match(question)) is not None and m.group(1).lower() not in _NOT_NOUNS:
        noun = re.escape(m.group(1).lower().rstrip("s"))
        return re.compile(rf"\b(?:which|what)\s+{noun}(?:s|es)?\b", re.I)
    return None
