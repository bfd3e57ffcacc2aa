"""A why-question about something done to a thing the article tells only as still to come.

    Why did the new ticket machines, installed in 2021, stop working?
        "I'd love to see the new ticket machines the council promised us in 2021. For now we still
        sell every ticket from a paper roll."
      -> "The articles do not say so; they report: I'd love to see ... For now we still sell ..."

The best sentence on the question's words (before the check that the act happened weighed it down)
tells only what is to come (`predicate.happened` -> "future": "would like to see", "will be
installed"), and no sentence is left to answer. Declining would hide what the article does say:
the thing is not there yet. The answer corrects the premise with that sentence and the one after
it, which most often says how things stand instead (instead.with_instead).
"""

from __future__ import annotations

from bot.answering.candidates import Candidate
from bot.answering.instead import with_instead

MIN_SCORE = 0.4  # the sentence must be about the question's thing: answerable why-questions' best score more


def premise_to_come(q, candidates: list[Candidate], before: dict[int, float]) -> list[Candidate] | None:
    """The correction of a why-question's premise by a sentence telling its thing only as to come, when
    nothing was chosen to answer it; else None. `before`: id(candidate) -> its score before the
    predicate check."""
    p = q.predicate
    if q.kind != "why" or p is None or not (p.past or p.ongoing) or not candidates or not before:
        return None
    top = max(candidates, key=lambda c: before.get(id(c), 0.0))
    if before.get(id(top), 0.0) < MIN_SCORE:
        return None
    from bot.answering.predicate import happened

    if happened(top.text, p.lemma) != "future":
        return None
    own = [c for c in candidates if c.chunk.chunk.article_id == top.chunk.chunk.article_id]
    return with_instead(top, own)
