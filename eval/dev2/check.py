#!/usr/bin/env python3
"""Check the dev2 set with the general corpus's checker (same rules, this folder's files).

    python3 eval/dev2/check.py [--quiet]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_set import check_set  # noqa: E402

if __name__ == "__main__":
    # 100 questions, including the where and multi-hop kinds the general set lacks
    sys.exit(check_set(HERE, {"who": 18, "what": 18, "when": 12, "where": 6, "how-many": 8, "compare": 8,
                              "multi-hop": 6, "follow-up": 8, "unanswerable": 10, "adversarial": 6}))
