#!/usr/bin/env python3
"""Check the dev4 set with the general corpus's checker (same rules, this folder's files).

    python3 eval/dev4/check.py [--quiet]

One rule differs: f08 is an article with no attributed statement at all, so the general
"at least 12 statements per article" rule is checked here instead, with f08 required to have none.
"""

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_set import check_set  # noqa: E402

NO_QUOTES = {"f08_kvarnes_tunnel_reopens.txt"}
MIN_STATEMENTS = 12
KINDS = {"who": 11, "what": 11, "when": 9, "where": 6, "how-many": 7, "compare": 5,
         "multi-hop": 5, "follow-up": 6, "unanswerable": 12, "adversarial": 8}


def main() -> int:
    # the per-article minimum is checked below, with the no-quotes exception
    status = check_set(HERE, KINDS, min_statements=0)
    counts = {p.name: 0 for p in (HERE / "articles").iterdir() if p.suffix in (".txt", ".md")}
    for line in (HERE / "statements.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            name = json.loads(line).get("article")
            counts[name] = counts.get(name, 0) + 1
    for name, n in sorted(counts.items()):
        if name in NO_QUOTES and n:
            print("ERROR", name, f"has {n} statements but is the no-quotes article")
            status = 1
        elif name not in NO_QUOTES and n < MIN_STATEMENTS:
            print("ERROR", name, f"only {n} statements (want at least {MIN_STATEMENTS})")
            status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
