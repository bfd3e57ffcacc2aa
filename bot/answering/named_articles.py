"""An article that never writes a name the question gives answers less than one that does.

    What caused the outages at Veltro?   "I'm also awarding £250 for the distress caused."   (a story without Veltro)
                                         "The issue has been identified as an expired certificate."  (Veltro's page)

A sentence of an unrelated story can outscore the right story's on one shared common word, most of
all when the right sentence says the thing in other words. When some candidate's article holds
every name of the question that another candidate's article holds and more, the other article's
sentences are weighed down. Not for comparisons (each side may have its story)."""

from __future__ import annotations

from bot.answering.candidates import Candidate
from index.world import country_for

UNNAMED = 0.8
NONE_NAMED = 0.5  # a story with none of two or more names one story holds ("above Sitio X"): another place's event


def weigh_named_articles(q, candidates: list[Candidate], article_terms) -> None:
    if q.kind == "compare" or not q.names or not candidates:
        return
    # A country or nationality word ("Chilean") is written many ways ("Chile", "Santiago"): no test of the story.
    names = {n for n in q.names if country_for(n) is None}
    if not names:
        return
    held = {a: names & article_terms(a) for a in {c.chunk.chunk.article_id for c in candidates}}
    most = max(held.values(), key=len)
    if not most:
        return
    lacking = {a for a, h in held.items() if h < most}
    if not lacking or any(not (h <= most) for h in held.values()):
        return  # articles holding different names: no one story covers the question's names
    for c in candidates:
        if c.chunk.chunk.article_id in lacking:
            c.score *= NONE_NAMED if not held[c.chunk.chunk.article_id] and len(most) >= 2 else UNNAMED
