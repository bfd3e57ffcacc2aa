""""What is X?" asks what kind of thing X is: the sentence that defines it answers, wherever it stands.

    What exactly is the Harrow Line?   "... announced $40 million for the Harrow Line, a subsea power cable that will ..."
                                        (an appositive inside a long lead sentence)
                                       "The Harrow Line changes that."   (mentions it only: weighed down by comparison)

A sentence where X is followed by an appositive with an indefinite article (", a <kind> ...") or by
"is a <kind>" is weighed up; the others keep their scores."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate

_ASKS = re.compile(r"^\s*(?:and\s+)?what\s+(?:exactly\s+)?(?:is|are|was|were)\s+(?:the\s+|a\s+|an\s+)?(.+?)\s*\??\s*$", re.I)
DEFINED = 0.3


def asked_thing(question: str) -> str | None:
    """"What exactly is the Harrow Line?" -> "Harrow Line"; None for other questions, or when what
    follows is a clause ("what is the council doing")."""
    m = _ASKS.match(question)
    if m is None or len(m.group(1).split()) > 5:
        return None
    thing = m.group(1)
    return thing if thing[:1].isupper() else None  # a named thing: "what is the plan" asks for more than a kind


def weigh_definitions(question: str, candidates: list[Candidate]) -> None:
    thing = asked_thing(question)
    if thing is None:
        return
    defined = re.compile(rf"\b{re.escape(thing)}(?:['’]s)?(?:,\s+|\s+(?:is|was|will\s+be)\s+)(?:a|an)\s+\w", re.I)
    for c in candidates:
        if defined.search(c.text):
            c.score += DEFINED
