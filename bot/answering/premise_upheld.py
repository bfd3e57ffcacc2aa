"""A why-question that has a decider refuse everything where the decision grants part of it.

    Why did the ombudsman refuse to give her any of her money back?
        "My final decision is that I uphold this complaint in part."
    Why did the tribunal reject all of his claims?
        "I allow the appeal on the second ground and dismiss it on the first."
    Why did the adjudicator refuse to give her any of the money back?   (no decider's words found)
        "The complaint was upheld in part."

The question refuses, rejects or dismisses (index/vocabulary.yaml `denial_verbs`) with a word of
the whole ("any", "all", "anything", "entirely"); its doer is the one whose words a sentence of the
asked article carries (the sentence's speaker is described by the question's subject: "the
ombudsman" signs the decision), and that sentence grants ("uphold", "in part", "should refund",
`granting_words`). That sentence corrects the premise. When no such sentence carries the doer's
words, the asked article's best line saying the claim was upheld, allowed or granted in part does.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems
from index.vocabulary import vocabulary

SCANNED = 40
_WHOLE = re.compile(r"\b(?:any|all|anything|everything|entirely|completely|whole|outright|at all)\b", re.I)


def upheld_in_part(q, own: list[Candidate]) -> list[Candidate] | None:
    """The sentences of the asked article (`own`, best first) granting part of what the why-question
    has refused whole: the doer's own (upheld_after_all), else a line saying "in part"; else None."""
    found = upheld_after_all(q, own)
    if found is not None:
        return found
    in_part = granted_in_part(q, own)
    return [in_part] if in_part is not None else None


def upheld_after_all(q, own: list[Candidate]) -> list[Candidate] | None:
    """The asked doer's sentence granting part of what the why-question has them refuse whole; else None."""
    v = vocabulary()
    text = q.text.lower()
    if not _WHOLE.search(text) or not _refuses(text, v):
        return None
    doer = _doer(q.text)
    if not doer:
        return None
    granting = [c for c in own[:SCANNED] if c.statement is not None and doer & (c.by | set(stems(c.statement.speaker)))
                and _grants(c.text, v)]
    # the decision's own words first ("I uphold this complaint in part"), then the remedy it orders
    ruled = sorted((c for c in granting if _RULED.search(c.text)), key=lambda c: -c.score)[:1]
    ordered = sorted((c for c in granting if c not in ruled), key=lambda c: -c.score)[:1]
    return ruled + ordered or None


_RULED = re.compile(r"\b(?:uphold|upheld|allow|allowed|in part|partly|partially)\b", re.I)
_REFUSED_ANY = re.compile(r"^\s*(?:and\s+)?why\b.*\b(?:refus\w*|reject\w*|turn\w*\s+down|den(?:y|ied|ies)|dismiss\w*)\b.*\b(?:any|all)\b",
                          re.I)
_IN_PART = re.compile(r"\b(?:uphold|upholds|upheld|allow|allows|allowed|grant|grants|granted|accept|accepts|accepted)\b"
                      r"[^.;]{0,40}?\b(?:in\s+part|partly|partially)\b|"
                      r"\b(?:partly|partially)\s+(?:upheld|allowed|granted|accepted|successful)\b", re.I)


def granted_in_part(q, own: list[Candidate]) -> Candidate | None:
    """The best sentence of `own` saying the refused-whole claim was upheld, allowed or granted in part."""
    if q.kind != "why" or not _REFUSED_ANY.search(q.text):
        return None
    return next((c for c in own if _IN_PART.search(c.text)), None)


def _refuses(text: str, v) -> bool:
    words = set(stems(text))
    return any(all(s in words for s in stems(verb)) for verb in v.denial_verbs)


def _grants(text: str, v) -> bool:
    low = " " + re.sub(r"\s+", " ", text.lower()) + " "
    return any(f" {w} " in low or f" {w}," in low or f" {w}." in low for w in v.granting_words)


def _doer(question: str) -> set[str]:
    """The stems of the question's subject noun ("the ombudsman" -> {"ombudsman"})."""
    from bot.answering.predicate import parse_question

    return {s for t in parse_question(question) if t.dep_ == "nsubj" and t.pos_ in ("NOUN", "PROPN")
            for s in stems(t.text)}
