#!/usr/bin/env python3
"""Check the dev9 set with the general corpus's checker (same rules, this folder's files).

    python3 eval/dev9/check.py [--quiet]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_set import check_set  # noqa: E402

KINDS = {"who": 12, "what": 12, "when": 10, "where": 7, "how-many": 8, "compare": 6,
         "multi-hop": 7, "follow-up": 8, "unanswerable": 12, "adversarial": 8}


def main() -> int:
    return check_set(HERE, KINDS)


if __name__ == "__main__":
    sys.exit(main())
