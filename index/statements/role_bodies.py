"""Reports name a party once and then by its part in the matter: "the ferry, operated by Northline
AS, ..." and later "The operator stated ...", "The manufacturer of the control system, Vestmar
Controls AS, stated ..." and later "The manufacturer said". The role noun stands for the body the
text gave that part ("operated by X" makes X the operator; "the manufacturer ..., X," names it),
not for the report's author nor the body of the paragraph before. A body's name is kept whole
("Pelmont Marine Controls AS", not its last words only).
"""

from __future__ import annotations

import re

from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.vocabulary import vocabulary

_NAME = r"[A-Z][\w&'’-]*(?:\s+(?:[A-Z][\w&'’.-]*|og|of|and|&|de|du|la|van|von))*\s+[A-Z][\w&'’.-]*|[A-Z][\w&'’-]{2,}"
_STOP = {"The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "Its", "Their", "This", "That", "It"}


def parts(text: str) -> dict[str, str]:
    """Role noun -> the one body the text gives that part, by "<participle> by X" or by "the
    <role> (of ...), X,"."""
    roles = vocabulary().party_roles  # role noun -> the participle that gives it ("operator": "operated")
    found: dict[str, set[str]] = {}
    for role, done in roles.items():
        for m in re.finditer(rf"\b{re.escape(done)} by (?:the )?({_NAME})", text):
            found.setdefault(role, set()).add(_trimmed(m.group(1)))
        for m in re.finditer(rf"\b[Tt]he {re.escape(role)}(?: of [^,.;]{{3,60}})?, ({_NAME}),", text):
            found.setdefault(role, set()).add(_trimmed(m.group(1)))
    return {r: next(iter(b)) for r, b in found.items() if len(b) == 1}


def _trimmed(name: str) -> str:
    words = name.split()
    while words and words[-1].lower() in ("og", "of", "and", "&", "de", "du", "la", "van", "von"):
        words.pop()
    return " ".join(words)


def renamed(raws: list[Raw], text: str) -> None:
    """Statements whose speaker is "the <role>" (or the role's body cut short) given the body the
    text named in that part (in place)."""
    table = parts(text)
    if not table:
        return
    bodies = set(table.values())
    for r in raws:
        written = r.speaker.as_written.strip()
        low = written.lower()
        role = next((k for k in table if low == f"the {k}" or low.startswith(f"the {k} ")), None)
        body = table.get(role) if role else None
        if body is None:  # "Marine Controls AS" for "Pelmont Marine Controls AS"
            body = next((b for b in bodies if b != r.speaker.name and b.endswith(" " + r.speaker.name)), None)
        if body is not None and body != r.speaker.name:
            r.speaker = Speaker(name=body, as_written=written)
