"""Does the answer tell of the other side of what the question asks?

    What did the mayor post before the vote?          "... wrote on X shortly after the vote"
    How many signed the petition in favour of it?     "1,140 signatures against the proposed car park"

The question sets the thing asked on one side of something (before or after it, for or against it);
the sentence sets the same thing on the other side and never on the asked one: a near miss.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems

_SIDES = (
    (r"before", r"after"),
    (r"in favou?r of|in support of", r"against|in opposition to"),
)
_WORD = re.compile(r"[a-z0-9']+")
_REACH = 4  # the thing set on a side is named within a few words ("after the council's vote")
_FILLER = frozenset("the a an its their his her our this that".split())


def _objects(text: str, side: str) -> set[str]:
    found = set()
    for m in re.finditer(rf"\b(?:{side})\b", text.lower()):
        words = [w for w in _WORD.findall(text.lower()[m.end():])[:_REACH] if w not in _FILLER]
        found |= {s for w in words for s in stems(w)}
    return found


def other_side(question: str, texts: list[str]) -> bool:
    if not texts:
        return False
    for one, other in ((a, b) for pair in _SIDES for a, b in (pair, pair[::-1])):
        if "favo" in one + other and re.search(r"\bvot", question.lower() + " ".join(texts).lower()):
            continue  # "voted 8-5 against the motion" also tells how many voted for it
        asked = _objects(question, one)
        if asked and all(_on_other(text, one, other, asked) for text in texts):
            return True
    return False


def _on_other(text: str, one: str, other: str, asked: set[str]) -> bool:
    if re.search(rf"\b(?:{one})\b", text.lower()):
        return False  # the sentence also sets something on the asked side: it may be the one
    return bool(_objects(text, other) & asked)
