""""Who is the head of the school?" best matched by a caption naming only the school: the answer is
instead the next best sentence (of the few read) naming a person whom the article describes by the
role asked ("Headteacher Ama Kwarteng said ..."), read from the people stored at ingest; without
one, the question is declined (names_anyone.py)."""

from __future__ import annotations

from bot.answering.candidates import Candidate
from bot.answering.mentions import named_people
from bot.answering.names_anyone import asks_a_person_by_role, names_anyone
from bot.answering.people import term_match
from bot.answering.terms import stems

READ = 5  # the best sentences read for one naming the role's holder


def role_named_instead(q, chosen: list[Candidate], candidates: list[Candidate], people) -> list[Candidate]:
    if not chosen or people is None or not asks_a_person_by_role(q) or names_anyone(q, chosen, people):
        return chosen
    asked = set(q.names)
    for c in sorted(candidates, key=lambda c: (-c.score, c.rank))[:READ]:
        if c in chosen:
            continue
        group = people.get(c.chunk.chunk.article_id, ())
        holders = [p for p in named_people(c.text, group)
                   if not set(stems(p.name)) & asked and term_match(q.role_head, p.terms | frozenset(stems(p.name)))]
        if holders and names_anyone(q, [c], people):
            return [c]
    return chosen
