"""A closing "when contacted by the paper yesterday" is how the words were got, not part of them.

    A fish farmer, X, disagreed that the scheme would help small farms when contacted by the
    Bulletin yesterday.

The parse hangs the clause on the reported verb ("would help ... when contacted"), so the words
ran on to its end and its day was read as theirs. The clause is the reporter's call: the words
end before it, and its day ("yesterday", "on Tuesday") is the day they were said.
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw

_ASIDE = re.compile(r",?\s+when\s+(?:contacted|reached|approached|asked|interviewed|called)\b"
                    r"(?:\s+(?:by|on|over)\s+[^.,;:\"“”]{1,60}?)??"
                    r"(?P<when>\s+(?:yesterday|today|last\s+night|on\s+\w+|(?:last\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)))?"
                    r"\s*[.]?\s*$", re.I)


def trim(raws: list[Raw], text: str) -> None:
    """Cut a closing "when contacted ..." off each statement's words, its day made the act's own."""
    for r in raws:
        content = text[r.content.start:r.content.end]
        m = _ASIDE.search(content)
        if m is None or m.start() < 12 or r.quote_type == "direct":
            continue
        if m.group("when"):
            a = r.content.start + m.start("when") + len(m.group("when")) - len(m.group("when").lstrip())
            r.times = [*r.times, (Span(a, r.content.start + m.end("when")), text[a:r.content.start + m.end("when")], False)]
        r.content = Span(r.content.start, r.content.start + m.start())
