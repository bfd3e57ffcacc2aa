#!/usr/bin/env python3
"""Check the held-out set with the general corpus's checker (same rules, this folder's files).

    python3 eval/heldout/check.py [--quiet]
"""

import importlib.util
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERAL = HERE.parents[2] / "shared" / "eval" / "general" / "check.py"


def load_checker(path: Path):
    spec = importlib.util.spec_from_file_location("general_check", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


if __name__ == "__main__":
    check = load_checker(GENERAL)
    check.ARTICLES, check.QUESTIONS, check.STATEMENTS = HERE / "articles", HERE / "questions.jsonl", HERE / "statements.jsonl"
    # 60 questions, spread like the general set's 100
    check.KIND_TARGETS = {"who": 12, "what": 12, "when": 8, "how-many": 5, "compare": 5,
                          "follow-up": 5, "unanswerable": 8, "adversarial": 5}
    sys.exit(check.main())
