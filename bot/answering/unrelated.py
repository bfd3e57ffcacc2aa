"""A role word that a sentence uses only to say its person is someone else: "Depot manager Anika
Strand, who is not related to the alderman, said ..." names no alderman. For "which alderman
complained", that sentence's "alderman" matches nothing; its person is not the one asked."""

from __future__ import annotations

import re

from bot.answering.terms import stems

NOT_THE_ROLE = 0.4
_UNRELATED = re.compile(r"\b(?:(?:is|was|are|were)\s+)?(?:not|no|un)\s*(?:related|relation|relative|kin)\s+(?:to|of)\s+"
                        r"(?:the|a|an|her|his|their)\s+((?:[\w'’\-]+\s+){0,3}?[\w'’\-]+)\b", re.I)


def weigh_unrelated(q, candidates) -> None:
    """Who-questions: a sentence whose only word for the role asked stands in "not related to the <role>"
    weighs less."""
    if q.kind != "who" or not q.role:
        return
    role = set(q.role)
    for c in candidates:
        m = _UNRELATED.search(c.text)
        if m is None:
            continue
        inside = {t for t in stems(m.group(1))} & role
        rest = set(stems(c.text[: m.start()] + " " + c.text[m.end():]))
        if inside and not inside & rest:
            c.score *= NOT_THE_ROLE
