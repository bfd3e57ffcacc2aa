"""A candidate answer sentence: a sentence of a retrieved passage, its terms, score and statement."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.answering.terms import stems
from index.models import ScoredChunk, Span, Statement
from index.sentence_vectors import sentence_text


@dataclass
class Candidate:
    chunk: ScoredChunk
    rank: int
    span: Span
    text: str
    terms: frozenset[str]
    score: float = 0.0
    statement: Statement | None = None  # the ledger's statement this sentence carries
    about: frozenset[str] = frozenset()  # terms of who the sentence is by or about: names and their descriptions
    by: frozenset[str] = frozenset()  # terms of who said it: the speaker's name and description
    scope: frozenset[str] = frozenset()  # terms of the round-up item the sentence stands in (items.py)
    stamped: bool = False  # a chat message's sentence, dated by the message's own stamp or date line (chat_scope.py)
    antecedent: frozenset[str] = frozenset()  # names a back-reference opening it stands for (antecedents.py)
    similarity: float = 0.0  # its cosine to the question, as scored (answerability.py reads it)
    base: float = 0.0  # its score before the checks weighed it up or down


def candidate_at(sc: ScoredChunk, rank: int, span: Span, score: float = 0.0) -> Candidate:
    """The sentence of `sc` at `span`, as a candidate."""
    text = sentence_text(sc.chunk, span)
    return Candidate(sc, rank, span, text, frozenset(stems(text)), score)


def candidates_of(passages: list[ScoredChunk]) -> list[Candidate]:
    return [candidate_at(sc, rank, span) for rank, sc in enumerate(passages, start=1) for span in sc.chunk.sentences]


def overlaps(a: Candidate, chosen: list[Candidate]) -> bool:
    for b in chosen:
        if a.chunk.chunk.article_id == b.chunk.chunk.article_id and a.span.start < b.span.end and b.span.start < a.span.end:
            return True
        if a.terms and b.terms and len(a.terms & b.terms) / len(a.terms | b.terms) > 0.7:
            return True
    return False




def favour(candidates: list[Candidate], pattern: re.Pattern[str], bonus: float, penalty: float,
           only: Callable[[Candidate], bool] | None = None) -> None:
    """The candidates `pattern` finds in (and `only` accepts, if given) get `bonus` added, the others
    their score times `penalty`; all keep their scores when none is found (then the best of them is all
    there is)."""
    found = [bool(pattern.search(c.text)) and (only is None or only(c)) for c in candidates]
    if not any(found):
        return
    for c, hit in zip(candidates, found):
        if hit:
            c.score += bonus
        else:
            c.score *= penalty
