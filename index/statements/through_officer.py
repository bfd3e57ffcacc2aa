"""A body that speaks through its officer: "The Ministry said through its communications officer,
Ann Roe, that the levy was lawful." The words are the body's (the subject of "said"); the parser
takes the officer's name, set off by commas after "through its ...", as the start of what was said.
What was said starts after the "that" that follows the name."""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw

# "... said through its communications officer, " before the content
_THROUGH = re.compile(r"\bthrough\s+(?:its|their|the|his|her)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+,\s*$", re.I)
# "Ann Roe, that " opening the content
_NAME_THAT = re.compile(r"(?:[A-Z][\w'’.-]*\s+){0,4}[A-Z][\w'’.-]*,\s+that\s+")


def trim(raws: list[Raw], text: str) -> list[Raw]:
    """Each statement whose content opens on the officer's name after "through its TITLE,": the
    content from after "that"."""
    for r in raws:
        before = text[r.span.start:r.content.start]
        m = _NAME_THAT.match(text, r.content.start, r.content.end)
        if m and _THROUGH.search(before) and m.end() < r.content.end:
            r.content = Span(m.end(), r.content.end)
    return raws
