"""Names of eval articles that a change writes into code, comments or tests:
    python3 eval/names_in_change.py BASE [REV]
A word counts when eval, seed or shared articles write it capitalised and never in lower case
(names of people, places, bodies); weekdays and months are left out. Each hit is a place to look:
specs and comments use invented names, never an eval article's."""

from __future__ import annotations

import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_CALENDAR = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February",
             "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}


def article_names() -> set[str]:
    files = [*ROOT.glob("eval/*/articles/*"), *ROOT.glob("seeds/*"), *(ROOT.parent / "shared" / "eval" / "general").glob("articles/*")]
    caps, lower = Counter(), Counter()
    for f in files:
        try:
            text = f.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            continue
        for w in re.findall(r"[A-Za-z][a-z]{2,}", text):
            (caps if w[0].isupper() else lower)[w] += 1
    return {w for w in caps if len(w) > 3 and not lower[w.lower()] and w not in _CALENDAR}


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    rev = argv[1] if len(argv) > 1 else "HEAD"
    diff = subprocess.run(["git", "-C", str(ROOT), "diff", f"{argv[0]}...{rev}"], capture_output=True, text=True, check=True).stdout
    names, hits, path = article_names(), defaultdict(set), None
    for line in diff.splitlines():
        if line.startswith("+++ "):
            path = line[6:]
        elif line.startswith("+") and path and not path.startswith("eval/"):
            hits[path].update(w for w in re.findall(r"[A-Z][a-z]{3,}", line) if w in names)
    for f, words in sorted(hits.items()):
        if words:
            print(f, " ".join(sorted(words)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
