"""Transcript turns labelled only by an office ("MINISTER:", "THE PRESIDENT:", "CHAIR:").

Official transcripts name the holder once, in the line that introduces the remarks ("Remarks by
the Minister of Fisheries, Jane Doe, at ...", "a press conference given by President X"), then
label every turn by the office alone. The turns are that person's: the person named nearest to
the office's word in the same sentence of the introduction. An office the introduction fills
with no one ("MAYOR:" when no mayor is named) is still a speaker, by its title ("The Mayor").
"""

from __future__ import annotations

import re

from index.statements.people import Person
from index.vocabulary import vocabulary

# "MINISTER", "THE PRESIDENT", "DEPUTY MAYOR": one to three words in capitals, "THE" optional
_OFFICE = re.compile(r"^(?:THE )?(?P<office>[A-Z][A-Z-]+(?: [A-Z][A-Z-]+){0,2})$")


def office(label: str) -> str | None:
    """The office an upper-case label names ("THE PRESIDENT" -> "president"), else None. Capitals
    only: a credits line ("Director: ...") or a form's field is no turn."""
    m = _OFFICE.match(" ".join(label.split()))
    if not m:
        return None
    words = m.group("office").lower()
    return words if vocabulary().is_role(words) else None


def title(label: str) -> str:
    """How an office no one fills is written as a speaker: "THE PRESIDENT" -> "The President"."""
    words = " ".join(label.split()).title()
    return words if words.startswith("The ") else f"The {words}"


def holder(role: str, intro, ctx) -> Person | None:
    """The person the introduction (parsed paragraphs before the first turn) names as holding
    `role`: in the first sentence that has the office's word and a name, the name nearest it."""
    word = re.compile(rf"\b{re.escape(role)}\b", re.I)
    for span, doc in intro:
        for sent in doc.sents:
            hits = [span.start + sent.start_char + m.start() for m in word.finditer(sent.text)]
            if not hits:
                continue
            lo, hi = span.start + sent.start_char, span.start + sent.end_char
            near = [(min(abs(m.pos - h) for h in hits), m.person) for m in ctx.cast.mentions if lo <= m.pos < hi]
            if near:
                return min(near, key=lambda x: x[0])[1]
    held = [p for p in ctx.cast.people if role in p.roles]
    return held[0] if len(held) == 1 else None
