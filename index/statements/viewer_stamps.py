"""A post stamped only relative to whoever views the page ("@ana_k 2 weeks ago", "Ivo Brandvik · 3 days
ago"): no day can be known for its words, and the page's own date (a video's, a story's) is not theirs."""

from __future__ import annotations

import re

_AGO = re.compile(r"^\S.{0,60}?\s(?:\d+|an?|one)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s*(?:\(edited\))?\s*$", re.I)


def viewer_stamped(text: str, pos: int) -> bool:
    """The statement at `pos` sits under (or on) a header line stamped only "N units ago"."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    if _AGO.match(line.strip()):
        return True
    if start == 0:
        return False
    prev = text[text.rfind("\n", 0, start - 1) + 1:start - 1]
    return bool(_AGO.match(prev.strip()))
