"""Scoring whosaid against fixed questions (FORMAT.md), side by side with a plain-RAG baseline.

    questions.py  load and validate question files
    scoring.py    the metrics, on plain values
    runner.py     ask each question through an `ask(question, history)` callable
    report.py     JSON, markdown and terminal tables
    baseline.py   LlamaIndex's default retriever over the same chunks
    cli.py        `whosaid eval`
"""

from bot.evaluation.questions import Question, QuestionFileError, load_questions, parse_questions
from bot.evaluation.runner import Result, Run, run
from bot.evaluation.scoring import find_fact, missed_floors, score_question, summarize

__all__ = [
    "Question", "QuestionFileError", "load_questions", "parse_questions",
    "Result", "Run", "run",
    "find_fact", "missed_floors", "score_question", "summarize",
]
