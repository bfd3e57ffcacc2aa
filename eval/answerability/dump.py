#!/usr/bin/env python3
"""Ask every question of one tuning set and write, per question, the answerability features of the
best sentence the extractive answerer chose (bot/answering/answerability.py) with the outcome.

    WHOSAID_DATA=$(mktemp -d) WHOSAID_SEEDS=eval/dev5/articles WHOSAID_MODE=extractive \
        python eval/answerability/dump.py eval/dev5/questions.jsonl dev5 OUT.jsonl

Each line: set, id, kind, answerable, abstained (as the rules left it), fact_recall, facts
(found, asked), path, features (null when no sentence was chosen: the answerer declined before
any, or another answerer answered). eval/answerability/run.sh dumps every tuning set.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path


def main(questions_file: str, name: str, out: str) -> int:
    from bot.answering import answerability
    from bot.evaluation.questions import load_questions
    from bot.evaluation.runner import ask_one
    from bot.service import Whosaid
    from index.settings import load_settings

    settings = load_settings()
    questions = load_questions(Path(questions_file))
    app = Whosaid(settings)
    answerability.recording = True
    rows = []
    try:
        try:
            app.answer("Who said that talks would continue?", [])
        except Exception:  # a warm-up only
            pass
        for question in questions:
            answerability.last = None
            result = ask_one(app.answer, question, settings.answering.top_k)
            rows.append({
                "set": name, "id": question.id, "kind": question.kind, "answerable": question.answerable,
                "abstained": result.abstained, "fact_recall": result.scores.ratios()["fact_recall"],
                "facts": list(result.scores.fact_recall or (0.0, 0.0)),
                "path": result.path, "features": answerability.last,
            })
    finally:
        app.close()
    Path(out).write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:4]))
