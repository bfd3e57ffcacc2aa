"""An article that never writes a name the question gives answers less than one that does.

    What caused the outages at Veltro?   "I'm also awarding £250 for the distress caused."   (a story without Veltro)
                                         "The issue has been identified as an expired certificate."  (Veltro's page)

A sentence of an unrelated story can outscore the right story's on one shared common word, most of
all when the right sentence says the thing in other words. When some candidate's article holds
every name of the question that another candidate's article holds and more, the other article's
sentences are weighed down. Not for comparisons (each side may have its story)."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from index.world import country_for

UNNAMED = 0.8
NONE_NAMED = 0.5  # a story with none of two or more names one story holds ("above Sitio X"): another place's event


def weigh_named_articles(q, candidates: list[Candidate], article_terms) -> None:
    if q.kind == "compare" or not candidates:
        return
    # A country or nationality word ("Chilean") is written many ways ("Chile", "Santiago"): no test of the story.
    names = {n for n in q.names if country_for(n) is None}
    if not names and q.kind in ("how-many", "what"):
        # "how much funding are the researchers seeking": a story that never mentions researchers tells
        # another's funding, however many of the other words it shares.
        names = _subject_nouns(q.text)
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


# "how much funding are the researchers seeking", "how many homes did the council build": the subject after the
# auxiliary of an asked question (a regular expression: the parser reads "funding are" as a subject).
_ASKED_SUBJECT = re.compile(r"\b(?:is|are|was|were|did|do|does|has|have|had|will|would|can|could)\s+(?:the|these|those)\s+"
                            r"([a-z][a-z\-]+)\s+(?!of\b)", re.I)


def _subject_nouns(question: str) -> set[str]:
    """The stem of the question's subject when it is a common noun ("the researchers")."""
    from bot.answering.terms import stems

    m = _ASKED_SUBJECT.search(question)
    return set(stems(m.group(1))) if m else set()
