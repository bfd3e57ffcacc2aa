"""A why-question that takes a claim as refused outright, where the decision granted it in part.

    Why did the adjudicator refuse to give her any of the money back?   "I uphold this complaint in part."

The question refuses, rejects or turns down "any" (or "all") of something; the asked article's
decision line says it was upheld, allowed or granted in part: that short line corrects the premise."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate

_REFUSED_ANY = re.compile(r"^\s*(?:and\s+)?why\b.*\b(?:refus\w*|reject\w*|turn\w*\s+down|den(?:y|ied|ies)|dismiss\w*)\b.*\b(?:any|all)\b",
                          re.I)
_IN_PART = re.compile(r"\b(?:uphold|upholds|upheld|allow|allows|allowed|grant|grants|granted|accept|accepts|accepted)\b"
                      r"[^.;]{0,40}?\b(?:in\s+part|partly|partially)\b|"
                      r"\b(?:partly|partially)\s+(?:upheld|allowed|granted|accepted|successful)\b", re.I)


def granted_in_part(q, candidates: list[Candidate], article_id: str) -> Candidate | None:
    if q.kind != "why" or not _REFUSED_ANY.search(q.text):
        return None
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == article_id), key=lambda c: -c.score)
    return next((c for c in own if _IN_PART.search(c.text)), None)
