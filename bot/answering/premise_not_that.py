"""A why-question whose thing the article names only to correct it: "it's A, not B".

    Why did the engineer say the pump had failed?   "the fitter told me it's the valve, not the pump"
    Why was the boiler to blame?                    "It was not the boiler but the wiring, she said."

The question names B; a sentence of the asked article puts another thing A in its place ("A, not
B", "A rather than B", "not B but A") and A is not among the question's words. Read from the
sentence's text (no parse).
"""

from __future__ import annotations

import re

from bot.answering.terms import stems

SCANNED = 30
_DET = r"(?:the|a|an|its|his|her|their|our|my|your|that|this)\s+"
_W = r"[A-Za-z][\w'’\-]*"
# "(it's) the doors on B, not the motor" / "the doors rather than the motor" / "not the motor but the doors"
_CORRECTION = re.compile(
    rf"\b(?:it['’]s|it\s+is|it\s+was|that['’]s|was|is|are|were)\s+(?:{_DET})?(?P<a>{_W}(?:\s+{_W}){{0,3}}?)\s*,?\s+"
    rf"(?:not|rather\s+than|instead\s+of)\s+(?:{_DET})?(?P<b>{_W})\b"
    rf"|\bnot\s+(?:{_DET})?(?P<b2>{_W})\s*,?\s+but\s+(?:{_DET})?(?P<a2>{_W}(?:\s+{_W}){{0,3}})",
    re.I)
_SMALL = frozenset("the a an of on in at to for and or it its is was be".split())


def named_instead(q, own: list) -> list | None:
    """The asked article's sentence that names another thing in place of the question's ("A, not B"),
    for a why-question; else None."""
    if q.kind != "why" or not own or re.search(r"\b(?:not|rather\s+than|instead\s+of)\b", q.text, re.I):
        return None
    asked = set(stems(q.text))
    for c in own[:SCANNED]:
        for m in _CORRECTION.finditer(c.text):
            a, b = (m.group("a"), m.group("b")) if m.group("b") else (m.group("a2"), m.group("b2"))
            b_stems = set(stems(b))
            a_stems = {s for w in re.findall(r"[A-Za-z]+", a) if w.lower() not in _SMALL for s in stems(w)}
            if b_stems and b_stems <= asked and a_stems and not a_stems & asked:
                return [c]
    return None
