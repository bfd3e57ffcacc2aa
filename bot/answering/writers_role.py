"""A body's role asked by the body's name, answered by a description in the body's own voice:

    Who is the leader of the Tarnby fell rescue team?   "... says our team leader, X." (the team's own appeal page)
    Who chairs the Oskarvik allotment society?          "our chair, X, said" (the society's newsletter)

A fundraising page, a press release or a newsletter is written by the body itself: it names itself in
full once ("on behalf of Tarnby Search and Rescue") and then calls its people "our team leader". The
description holds no word of the body's name; the article does. The question's other words for the
body may be the asker's ("fell rescue team" for "Search and Rescue"): the description's own words,
all of them the role's, carry the job."""

from __future__ import annotations

import re

from bot.answering.people import Person
from bot.answering.terms import stems

_OURS = re.compile(r"^\s*our\s+(?P<job>[^\W\d_][\w\-]*(?:\s+[^\W\d_][\w\-]*){0,3})\s*$", re.I)


def writers_own_role(role: tuple[str, ...], role_head: str | None, names: list[str], p: Person,
                     terms: frozenset[str]) -> bool:
    """Whether `p`'s description is "our JOB", every word of the job one of the role's (`role`, its
    stems, holding `role_head`), in an article whose stems (`terms`) hold every name that qualifies
    the role (`names`: the body asked by its name)."""
    if not role_head or not names or not all(n in terms for n in names):
        return False
    m = _OURS.match(p.description or "")
    if m is None:
        return False
    job = stems(m.group("job"))
    return role_head in job and all(t in role for t in job)
