"""End to end: the dev set through the real facade, held to the floors CI enforces."""

from pathlib import Path

import pytest

from bot.evaluation import load_questions, missed_floors, run

ROOT = Path(__file__).resolve().parents[2]
# The floors CI holds the extractive bot to on eval/dev_questions.jsonl (docs/eval.md lists them).
FLOORS = {"fact_recall": 0.85, "citation_precision": 0.95, "abstention_accuracy": 1.0}


@pytest.fixture(scope="module")
def dev_run(whosaid_app):
    return run(whosaid_app.answer, load_questions(ROOT / "eval" / "dev_questions.jsonl"),
               system="whosaid", k=whosaid_app.settings.answering.top_k, warmup=True)


def test_dev_set_meets_the_floors(dev_run):
    assert missed_floors(dev_run.summary(), FLOORS) == []


def test_dev_set_is_answered_without_errors(dev_run):
    assert [r.question.id for r in dev_run.results if r.error] == []


def test_own_set_runs_through_without_errors(whosaid_app):
    # No floors here: the own set measures generalisation and is never tuned to.
    own = run(whosaid_app.answer, load_questions(ROOT / "eval" / "own_questions.jsonl"),
              system="whosaid", k=whosaid_app.settings.answering.top_k)
    assert [r.question.id for r in own.results if r.error] == []
