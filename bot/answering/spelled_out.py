"""A short name the question writes in capitals that the article spells out without ever giving it:
"where's the AGM" / "The 59th Annual General Meeting of the Society will be held at ...". The
sentence is given the short name's term, as if it wrote it (read from its capitalised words: no parse).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answering.terms import stems

_SHORT = re.compile(r"\b([A-Z]{3,6})s?\b")  # (two letters spell too many runs: "Upper Tarvo")
_CAPITALISED_RUN = re.compile(r"(?:\b[A-Z][a-z]+(?:\s+|-)){1,7}[A-Z][a-z]+\b")
# Words a spelled-out name links its capitalised words with, which its short name leaves out.
_LINKS = frozenset("of the and for on in".split())


def short_names(question: str) -> list[str]:
    """The question's all-capital short names ("AGM", "HGVs" -> "HGV"), each with its own term."""
    return [m.group(1) for m in _SHORT.finditer(question) if stems(m.group(1))]


def spells(text: str, short: str) -> bool:
    """Whether `text` has a run of capitalised words whose initials are `short` ("Annual General Meeting")."""
    if short[0] not in text:
        return False
    for m in _CAPITALISED_RUN.finditer(text):
        initials = "".join(w[0] for w in re.split(r"[\s-]+", m.group(0)) if w.lower() not in _LINKS)
        if short in initials:
            return True
    return False


def with_spelled_out(question: str, candidates: list) -> list:
    """`candidates` with a spelled-out short name of the question given its term."""
    shorts = short_names(question)
    if not shorts:
        return candidates
    out = []
    for c in candidates:
        added = {t for s in shorts for t in stems(s) if t not in c.terms and spells(c.text, s)}
        out.append(replace(c, terms=c.terms | added) if added else c)
    return out
