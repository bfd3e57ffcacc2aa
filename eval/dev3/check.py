#!/usr/bin/env python3
"""Check the dev3 set with the general corpus's checker (same rules, this folder's files).

    python3 eval/dev3/check.py [--quiet]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_set import check_set  # noqa: E402

if __name__ == "__main__":
    # 80 questions over eight articles, every kind of the shared format
    sys.exit(check_set(HERE, {"who": 12, "what": 12, "when": 10, "where": 6, "how-many": 8, "compare": 6,
                              "multi-hop": 6, "follow-up": 6, "unanswerable": 9, "adversarial": 5}))
