"""A role of a body asked by the body's full name, answered by a description that owns the job by
the body's kind of noun:

    Who runs Halvik Shipping AS?   "... operated by Halvik Shipping AS. The company's managing director, X, said"

A story names a company in full once and then as "the company", "the firm": the description owns
the job by that noun ("The company's President Director"), and the job may be any word of the
role's group ("president" for "the head of"). Every word of the body's name is the article's."""

from __future__ import annotations

import re

from bot.answering.people import Person
from bot.answering.terms import stems

# The nouns a story calls a named firm or body by, once it has named it in full.
_OWNER = re.compile(r"^\s*(?:the\s+)?(?:company|firm|group|operator|business|utility|agency|organisation|organization|"
                    r"charity|society|association|club|union|bank|insurer|airline|developer|contractor)['’]s?\s+"
                    r"(?P<job>[^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*){0,3})\s*$", re.I)


def owned_by_kind(role: tuple[str, ...], role_head: str | None, names: list[str], jobs: tuple[tuple[str, ...], ...],
                  p: Person, terms: frozenset[str]) -> bool:
    """Whether `p`'s description is "the company's JOB", JOB holding the role's head or one of its
    other words (`jobs`, stems), in an article whose stems (`terms`) hold every other word of the
    role (`role`: the body's name, `names` its capitalised words, at least one)."""
    if not role_head or not names or not all(t in terms for t in role if t != role_head):
        return False
    m = _OWNER.match(p.description or "")
    if m is None:
        return False
    job = set(stems(m.group("job")))
    return role_head in job or any(f and set(f) <= job for f in jobs)
