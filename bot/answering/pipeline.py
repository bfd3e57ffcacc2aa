"""The answering pipeline without a model: parse once, gather evidence, try the answerers in order."""

from __future__ import annotations

from bot.answering.answerers import ANSWERERS, Evidence
from bot.answering.question import Question, analyse
from index.models import Answer, ScoredChunk


def evidence_for(question: str, passages: list[ScoredChunk], corpus) -> tuple[Question, Evidence]:
    ledger = corpus.ledger()
    return analyse(question, ledger), Evidence(question, passages, corpus, ledger)


def answer_offline(q: Question, ev: Evidence, answerers=ANSWERERS) -> Answer:
    """The first answerer's Answer; the last answerer (extractive) always answers or abstains."""
    for answerer in answerers:
        found = answerer(q, ev)
        if found is not None:
            return found
    raise RuntimeError("the last answerer must answer or abstain")
