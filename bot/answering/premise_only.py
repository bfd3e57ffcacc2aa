"""A why-question that takes a fault or an act as reaching every one of something, where the article
says it reaches only some of them.

    Why did the update break every printer driver on the network?
        "It only affects drivers that still use the old spooler, which is two of ours."
      -> "The articles do not say so; they report: It only affects drivers that ... [1]"

The question says "every", "all" or "each" before a noun; one of the asked article's best sentences
says "only affects", "only applies to", "affects only" ... and names that noun (or its plural).
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems

SCANNED = 12
# "every printer driver", "all the branches", "each of its stations": the noun is the last word before a
# verb, a preposition or the end
_EVERY = re.compile(r"\b(?:every|all(?:\s+(?:the|of\s+the|its|their))?|each(?:\s+of\s+(?:the|its|their))?)\s+((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)"
                    r"(?=\s+(?:in|on|at|of|across|for|that|which|who|when|after|before|to)\b|\s*[?.]?\s*$)", re.I)
_ONLY = re.compile(r"\bonly\s+(?:affects?|affected|applies|applied|apply|hits?|concerns?|happens?|occurs?|reaches|reached)\b"
                   r"|\b(?:affects?|affected|applies|applied|hits?|concerns?)\s+only\b", re.I)


def only_some(q, own: list[Candidate]) -> list[Candidate] | None:
    """[the sentence saying the thing reaches only some of what the question says all of], or None."""
    if q.kind != "why":
        return None
    m = _EVERY.search(q.text)
    if m is None:
        return None
    noun = stems(m.group(1).split()[-1])
    if not noun:
        return None
    for c in own[:SCANNED]:
        if _ONLY.search(c.text) and noun[0] in c.terms:
            return [c]
    return None
