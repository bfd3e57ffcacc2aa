#!/usr/bin/env python3
"""Check the held-out set with the general corpus's checker (same rules, this folder's files).

    python3 eval/heldout/check.py [--quiet]
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from check_set import check_set  # noqa: E402

if __name__ == "__main__":
    # 60 questions, spread like the general set's 100
    sys.exit(check_set(HERE, {"who": 12, "what": 12, "when": 8, "how-many": 5, "compare": 5,
                              "follow-up": 5, "unanswerable": 8, "adversarial": 5}))
