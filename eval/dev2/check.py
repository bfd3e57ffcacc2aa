#!/usr/bin/env python3
"""Check the dev2 set with the general corpus's checker (same rules, this folder's files).

    python3 eval/dev2/check.py [--quiet]
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
    # 100 questions, including the where and multi-hop kinds the general set lacks
    check.KIND_TARGETS = {"who": 18, "what": 18, "when": 12, "where": 6, "how-many": 8, "compare": 8,
                          "multi-hop": 6, "follow-up": 8, "unanswerable": 10, "adversarial": 6}
    sys.exit(check.main())
