"""Checks a question set kept in this repo with the shared general corpus's checker: the same
rules, pointed at the set's own folder and its own counts per kind.

    python3 eval/heldout/check.py [--quiet]    (each set's check.py calls `check_set` below)
"""

import importlib.util
from pathlib import Path

GENERAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "general" / "check.py"


def check_set(folder: Path, kind_targets: dict[str, int], min_statements: int | None = None) -> int:
    """Run the general checker over `folder` (articles/, questions.jsonl, statements.jsonl);
    `min_statements` replaces its per-article minimum (0: the set checks that itself)."""
    spec = importlib.util.spec_from_file_location("general_check", GENERAL)
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    check.ARTICLES, check.QUESTIONS, check.STATEMENTS = folder / "articles", folder / "questions.jsonl", folder / "statements.jsonl"
    check.KIND_TARGETS = kind_targets
    if min_statements is not None:
        check.MIN_STATEMENTS = min_statements
    return check.main()
