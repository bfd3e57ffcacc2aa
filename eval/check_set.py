#!/usr/bin/env python3
"""Check a question set kept in this repo with the shared general corpus's checker: the same
rules, pointed at the set's folder, with the set's own counts per kind from its `check.json`.

    python3 eval/check_set.py eval/dev8 [--quiet]

`check.json` holds `kinds` (questions wanted per kind) and, for a set with an article that
quotes nobody, `articles_without_statements`: those must have no statement, the others the
general per-article minimum.
"""

import importlib.util
import json
import sys
from pathlib import Path

GENERAL = Path(__file__).resolve().parents[2] / "shared" / "eval" / "general" / "check.py"


def load_general_checker():
    spec = importlib.util.spec_from_file_location("general_check", GENERAL)
    check = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(check)
    return check


def statements_per_article(folder: Path) -> dict[str, int]:
    counts = {p.name: 0 for p in (folder / "articles").iterdir() if p.suffix in (".txt", ".md")}
    for line in (folder / "statements.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            name = json.loads(line).get("article")
            counts[name] = counts.get(name, 0) + 1
    return counts


def check_quoteless_articles(folder: Path, quoteless: set[str], minimum: int) -> int:
    """The general per-article minimum, except that the quoteless articles must have no statement."""
    status = 0
    for name, n in sorted(statements_per_article(folder).items()):
        if name in quoteless and n:
            print("ERROR", name, f"has {n} statements but is the no-quotes article")
            status = 1
        elif name not in quoteless and n < minimum:
            print("ERROR", name, f"only {n} statements (want at least {minimum})")
            status = 1
    return status


def check_set(folder: Path, argv: list[str] | None = None) -> int:
    """Run the general checker over `folder` (articles/, questions.jsonl, statements.jsonl)."""
    config = json.loads((folder / "check.json").read_text(encoding="utf-8"))
    check = load_general_checker()
    check.ARTICLES, check.QUESTIONS, check.STATEMENTS = folder / "articles", folder / "questions.jsonl", folder / "statements.jsonl"
    check.KIND_TARGETS = config["kinds"]
    quoteless = set(config.get("articles_without_statements", ()))
    minimum = check.MIN_STATEMENTS
    if quoteless:
        # the general checker would flag the quoteless article; the minimum is checked below instead
        check.MIN_STATEMENTS = 0
    status = check.main(argv)
    if quoteless:
        status = check_quoteless_articles(folder, quoteless, minimum) or status
    return status


def main(argv: list[str]) -> int:
    folders = [a for a in argv if not a.startswith("-")]
    if len(folders) != 1:
        print("usage: " + __doc__.strip().splitlines()[3].strip(), file=sys.stderr)
        return 2
    return check_set(Path(folders[0]).resolve(), [a for a in argv if a.startswith("-")])


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
