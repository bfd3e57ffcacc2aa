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

# "MINISTER", "THE PRESIDENT", "DEPUTY MAYOR": one to three words in capitals, "THE" optional;
# in title case, "The Minister" or an office of several words ("Chief Medical Officer"), never one
# bare word: a credits line ("Director: ...") or a form's field is no turn
_OFFICE = re.compile(r"^(?:THE )?(?P<office>[A-Z][A-Z-]+(?: [A-Z][A-Z-]+){0,2})$"
                     r"|^The (?P<titled>[A-Z][a-z-]+(?: (?:[A-Z][a-z-]+|of|for)){0,3})$"
                     # a government's post by its portfolio: "Secretary for Development", "Director of
                     # Civil Engineering and Development"
                     r"|^(?P<post>[A-Z][a-z-]+(?: [A-Z][a-z-]+)? (?:of|for) (?:the )?"
                     r"[A-Z][a-z-]+(?: (?:[A-Z][a-z-]+|and|of|for|the|&)){0,5})$"
                     r"|^(?P<several>[A-Z][a-z-]+(?: (?:[A-Z][a-z-]+|of|for)){1,3})$")


def office(label: str) -> str | None:
    """The office a turn's label names ("THE PRESIDENT" -> "president", "Chief Medical Officer"
    -> "chief medical officer"), else None."""
    m = _OFFICE.match(" ".join(label.split()))
    if not m:
        return None
    words = (m.group("office") or m.group("titled") or m.group("several") or m.group("post")).lower()
    v = vocabulary()
    if m.group("post"):  # the post's head is its role: "secretary" of "secretary for development"
        head = re.split(r" (?:of|for) ", words, maxsplit=1)[0]
        return words if v.is_role(head) or v.is_role(head.split()[-1]) else None
    if v.is_role(words) or (" " in words and v.is_role(words.split()[-1]) and words.split()[0] not in ("of", "for")):
        return words
    return None


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
            base = span.start + sent.start_char
            hits = [(base + m.start(), base + m.end()) for m in word.finditer(sent.text)]
            if not hits:
                continue
            lo, hi = base, span.start + sent.end_char
            # the gap between the office's words and the name: "Chief Medical Officer Dr Tom Reid",
            # "Agnes Mbatha, Minister of Fisheries"
            gap = lambda m, a, b: m.pos - b if m.pos >= b else a - (m.pos + len(m.person.name))  # noqa: E731
            near = [(min(gap(m, a, b) for a, b in hits), m.person) for m in ctx.cast.mentions if lo <= m.pos < hi]
            if near:
                return min(near, key=lambda x: x[0])[1]
    held = [p for p in ctx.cast.people if role in p.roles]
    return held[0] if len(held) == 1 else None
