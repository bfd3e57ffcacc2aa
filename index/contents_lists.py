"""A page's own table of contents: "Contents", "On this page" or "In this section" over a list of
the headings further down ("- What is changing?", "1 Mass", "2.1 Findings").

The list repeats the page's headings as links; read as paragraphs its items would be passages and
its lines statements of whoever speaks next, crowding out the text they point to. A list is one
only when every item is printed again, as a line of its own, below it (a wiki's "Mass[edit]" too):
a "Contents" line over anything else stays. Linear in the text: one set of the page's lines.
"""

from __future__ import annotations

import re

from index.models import Span
from index.textnorm import normalize

_LABEL = re.compile(r"^\s*(?:contents|table of contents|on this page|in this (?:section|article|guide|page)|"
                    r"jump to|skip to|page contents|quick links)\s*:?\s*$", re.I)
# "- Item", "• Item", "1 Item", "2. Item", "3.1 Item", "(a) Item"
_MARKER = re.compile(r"^\s*(?:[-*•·–]\s+|\d{1,2}(?:\.\d{1,2})*\.?\s+|\(?[a-z]\)\s+)?", re.I)
_EDIT = re.compile(r"\s*\[\s*edit(?:\s*\|\s*edit source)?\s*\]\s*$", re.I)
MIN_ITEMS = 2


def spans(text: str, blocks: list[Span]) -> set[Span]:
    """The blocks that make up a contents list: its label and its items (one block or several)."""
    last_at: dict[str, int] = {}  # each line's last place on the page
    for m in re.finditer(r"[^\n]+", text):
        last_at[_key(m.group())] = m.start()
    out: set[Span] = set()
    k = 0
    while k < len(blocks):
        rows = text[blocks[k].start:blocks[k].end].splitlines()
        if not rows or not _LABEL.match(rows[0]):
            k += 1
            continue
        if len(rows) > 1:  # label and items in one block: every item a heading below it
            items = [r for r in rows[1:] if r.strip()]
            if len(items) >= MIN_ITEMS and all(last_at.get(_key(r), -1) >= blocks[k].end for r in items):
                out.add(blocks[k])
            k += 1
            continue
        # the label alone on its line: the items are the one-line blocks below it, each printed again further down
        j = k + 1
        while j < len(blocks) and "\n" not in text[blocks[j].start:blocks[j].end].strip() \
                and last_at.get(_key(text[blocks[j].start:blocks[j].end]), -1) >= blocks[j].end:
            j += 1
        if j - k - 1 >= MIN_ITEMS:
            out.update(blocks[k:j])
        k = max(j, k + 1)
    return out


def _key(line: str) -> str:
    return normalize(_EDIT.sub("", _MARKER.sub("", line, count=1)))
