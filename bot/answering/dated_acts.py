"""The dated sentences of the person a when-question describes: "On what date did the councillor write
to the public editor?" is answered by "Markiewicz wrote to me on Oct. 6." -- a sentence retrieval
misses, as its paragraph names neither the role asked by nor the one written to (in a first-person
column, "me")."""

from __future__ import annotations

import re

from bot.answering.agents import named_in
from bot.answering.candidates import Candidate, candidate_at
from bot.answering.people import Person
from bot.answering.terms import stems
from index.models import ScoredChunk
from index.sentence_vectors import sentence_text

MAX_ADDED = 3


def with_dated_acts(candidates: list[Candidate], q, agent: tuple[str, Person], corpus, dated: re.Pattern) -> None:
    """Add the sentences of the person's article that name them, write a day (`dated`) and hold a word
    of the question besides the role's ("write"), when retrieval left them out."""
    article_id, person = agent
    asked = {t for t in q.terms if t not in q.role and t not in stems(person.name)}
    if not asked or not hasattr(corpus, "chunks_of"):
        return
    have = {(c.chunk.chunk.article_id, c.span.start) for c in candidates}
    rank = max((c.rank for c in candidates), default=0) + 1
    added = 0
    for chunk in corpus.chunks_of(article_id):
        for span in chunk.sentences:
            text = sentence_text(chunk, span)
            if (article_id, span.start) in have or not named_in(person, text) or not dated.search(text) \
                    or not asked & set(stems(text)):
                continue
            candidates.append(candidate_at(ScoredChunk(chunk, 0.0), rank, span))
            added += 1
            if added >= MAX_ADDED:
                return
