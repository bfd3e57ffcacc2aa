"""Ask every question through an `ask(question, history)` callable and score what comes back.

The same runner drives whosaid (its facade's `answer`) and the baseline, so both are asked
and scored identically. Follow-ups are asked after their `context`, given as history Turns.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from bot.evaluation.questions import Question
from bot.evaluation.scoring import Scores, score_question, summarize, unique
from index.errors import WhosaidError
from index.models import Answer, Citation, Turn

Ask = Callable[[str, Sequence[Turn]], Answer]
Progress = Callable[[int, int, Question], None]
WARMUP_QUESTION = "Who said that talks would continue?"


@dataclass(frozen=True)
class Result:
    """One question as asked and scored."""

    question: Question
    answer: str
    abstained: bool
    cited_sources: list[str]
    retrieved_sources: list[str]
    latency_ms: float
    scores: Scores
    citations: list[Citation] = field(default_factory=list)
    error: str | None = None  # a QuestionError or LLMError the bot raised instead of answering
    path: str = ""  # how the bot answered: extractive, ledger, llm, ...


@dataclass(frozen=True)
class Run:
    """All results of one system on one question file."""

    system: str  # "whosaid" or "baseline"
    results: list[Result]
    k: int  # retrieved passages looked at for hit@k and MRR
    settings: dict = field(default_factory=dict)  # what the run was made with, for the report

    def summary(self) -> dict:
        return summarize([r.scores for r in self.results], [r.latency_ms for r in self.results])

    def by_kind(self) -> dict[str, dict]:
        kinds = unique(r.question.kind for r in self.results)
        return {
            kind: summarize(
                [r.scores for r in self.results if r.question.kind == kind],
                [r.latency_ms for r in self.results if r.question.kind == kind],
            )
            for kind in kinds
        }


def history_for(question: Question) -> list[Turn]:
    """The follow-up's earlier turns as the facade takes them (text only, no Answer objects)."""
    return [Turn(question=t.q, answer=None, answer_text=t.a) for t in question.context]


def ask_one(ask: Ask, question: Question, k: int) -> Result:
    started = time.perf_counter()
    error = None
    try:
        answer = ask(question.question, history_for(question))
    except WhosaidError as err:
        # The user would see this message instead of an answer: it declines, so score it so.
        answer = Answer(question=question.question, text=str(err), abstained=True)
        error = f"{type(err).__name__}: {err}"
    except Exception as err:  # a bug on one question is that question's miss, not the end of the run
        answer = Answer(question=question.question, text="", abstained=True)
        error = f"unexpected {type(err).__name__}: {err}"
    latency_ms = (time.perf_counter() - started) * 1000
    cited = unique(c.article_id for c in answer.citations)
    retrieved = unique(sc.chunk.article_id for sc in answer.retrieved[:k])
    scores = score_question(
        answerable=question.answerable,
        expected=question.expected,
        sources=question.sources,
        answer_text=answer.text,
        abstained=answer.abstained,
        cited_sources=cited,
        # No passages at all means retrieval did not run (a ledger answer), not that it missed.
        retrieved_sources=retrieved if answer.retrieved else None,
    )
    return Result(
        question=question,
        answer=answer.text,
        abstained=answer.abstained,
        cited_sources=cited,
        retrieved_sources=retrieved,
        latency_ms=latency_ms,
        scores=scores,
        citations=list(answer.citations),
        error=error,
        path=answer.path,
    )


def run(
    ask: Ask,
    questions: Sequence[Question],
    *,
    system: str,
    k: int,
    settings: dict | None = None,
    progress: Progress | None = None,
    warmup: bool = False,
) -> Run:
    """Ask every question in order; `progress(done, total, question)` after each.

    With `warmup`, one unscored question is asked first, so loading models on first use is
    not charged to whichever question happens to come first in the file.
    """
    if warmup:
        try:
            ask(WARMUP_QUESTION, [])
        except WhosaidError:
            pass
    results = []
    for i, question in enumerate(questions, start=1):
        results.append(ask_one(ask, question, k))
        if progress:
            progress(i, len(questions), question)
    return Run(system=system, results=results, k=k, settings=dict(settings or {}))
