"""A why-question whose premise is a failure the article says did not happen to the thing asked.

    Why did the card payments go down?     "Card payments and net banking are not affected."
    Why was the northern line disrupted?   "Services on the northern line ran normally."

The article tells another part's failure at length, so the best sentences match the premise's
words; the short sentence that names the asked part as unaffected corrects it. The asked part is
the question's subject (its words before the failure verb, less the names), all of whose words must
stand before the unaffected marker in that marker's clause."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems

_FAILURE = re.compile(
    r"\b(?:go|goes|went|gone)\s+(?:down|offline|dark)|\bfail(?:ed|s)?\b|\bcrash(?:ed|es)?\b|\bbr(?:eak|oke|oken)\s+down\b|"
    r"\bstop(?:ped|s)?\s+working\b|\bdisrupted\b|\baffected\b|\bknocked\s+out\b|\bshut\s+down\b|\bcollapsed?\b|"
    r"\bcut\s+off\b|\bsuspended\b|\bhalted\b", re.I)
_SUBJECT = re.compile(r"^\s*(?:and\s+)?why\s+(?:did|do|does|was|were|is|are|has|have|had)\s+(.+)$", re.I)
_UNAFFECTED = re.compile(
    r"\b(?:(?:was|were|is|are|has|have|had)\s+(?:been\s+)?not\s+(?:been\s+)?|(?:wasn|weren|isn|aren|hasn|haven|hadn)['’]t\s+"
    r"(?:been\s+)?)(?:affected|hit|disrupted|impacted|interrupted)\b|"
    r"\b(?:was|were|is|are|remain(?:s|ed)?)\s+unaffected\b|"
    r"\b(?:work(?:ed|ing|s)?|operat(?:ed|ing|es)|r[au]n(?:ning|s)?|continu(?:ed|es|ing)\s+to\s+(?:work|operate|run))\s+normally\b",
    re.I)
_CLAUSE = re.compile(r"[;:—–]|,\s+(?:but|while|although|though|whereas)\b|\s-\s")


def _asked_part(q) -> frozenset[str]:
    m = _SUBJECT.match(q.text)
    if m is None:
        return frozenset()
    fail = _FAILURE.search(m.group(1))
    if fail is None:
        return frozenset()
    return frozenset(stems(m.group(1)[: fail.start()])) - set(q.names)


def unaffected(q, candidates: list[Candidate], article_id: str) -> Candidate | None:
    """The sentence of article `article_id` that says the question's failing part was not affected, or None."""
    if q.kind != "why":
        return None
    part = _asked_part(q)
    if not part:
        return None
    for c in sorted((c for c in candidates if c.chunk.chunk.article_id == article_id), key=lambda c: -c.score):
        for m in _UNAFFECTED.finditer(c.text):
            before = _CLAUSE.split(c.text[: m.start()])[-1]
            if part <= set(stems(before)):
                return c
    return None
