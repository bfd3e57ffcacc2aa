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
    for c in candidates:
        if only_as_unrelated(q.role, c.text):
            c.score *= NOT_THE_ROLE


def only_as_unrelated(role: tuple[str, ...], text: str) -> bool:
    """The role's words stand in `text` only in "not related to the <role>" (a sentence, or a
    person's description: "a mother of three who is no relation of the doctor" is no doctor)."""
    m = _UNRELATED.search(text)
    if m is None:
        return False
    inside = set(stems(m.group(1))) & set(role)
    return bool(inside) and not inside & set(stems(text[: m.start()] + " " + text[m.end():]))
