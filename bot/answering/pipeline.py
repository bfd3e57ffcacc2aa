"""The answering pipeline without a model: parse once, gather evidence, try the answerers in order."""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.answerers import ANSWERERS, Evidence
from bot.answering.question import Question, analyse
from index.models import Answer, ScoredChunk


def question_of(question: str, corpus) -> Question:
    """The question's one parse (it needs the ledger, not the passages: read while the question is embedded)."""
    return analyse(question, corpus.ledger())


def evidence_for(q: Question, passages: list[ScoredChunk] | Callable[[], list[ScoredChunk]], corpus) -> Evidence:
    """The evidence for `q`; `passages` may be the function that retrieves them when first read."""
    return Evidence(q.text, passages, corpus, corpus.ledger())


def answer_offline(q: Question, ev: Evidence, answerers=ANSWERERS) -> Answer:
    """The first answerer's Answer; the last answerer (extractive) always answers or abstains."""
    for answerer in answerers:
        found = answerer(q, ev)
        if found is not None:
            return found
    raise RuntimeError("the last answerer must answer or abstain")
