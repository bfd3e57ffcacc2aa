"""Who a described party is, asked where the article names the party only to withhold it.

    Which firm was the first contractor?    "He declined to name the first contractor ..."
    Who is the new owner of the mill?       "The agent would not name the new owner."

The question is a copula ("who was the X", "which company is the X"): the description is what is
asked, and a chosen sentence that withholds that very description (its head noun is what a
disclosure verb withholds, bot/answering/withheld.py) says the articles do not tell who. A
question about the one withholding ("who declined to name the contractor") is no copula: not read.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems

# "who was the first contractor on the fence", "which company is the new owner": the description after the copula.
_COPULA = re.compile(r"^\s*(?:and\s+)?(?:who|which\s+[\w\-]+)\s*(?:'s|’s|\s+(?:was|is|were|are|has\s+been|had\s+been))\s+"
                     r"(?:the|its|their|his|her)\s+(.+?)\s*\??\s*$", re.I)
_AFTER_HEAD = re.compile(r"\s+(?:of|on|for|at|in|to|from|with|behind|who|that|which|when)\b.*$", re.I)
READ = 2  # the chosen sentences read: the best tells the description if any does


def described_head(question: str) -> str | None:
    """The stem of the description's head noun ("contractor" of "the first contractor on the fence"),
    for a copula who-question; else None."""
    m = _COPULA.match(question)
    if m is None:
        return None
    phrase = _AFTER_HEAD.sub("", m.group(1))
    words = re.findall(r"[A-Za-z][\w\-]*", phrase)
    found = stems(words[-1]) if words else []
    return found[0] if found else None


def identity_withheld(q, chosen: list) -> object | None:
    """The chosen sentence withholding the very party a copula who-question describes, else None."""
    from bot.answering.withheld import may_withhold, withholdings

    if q.kind != "who" or not chosen:
        return None
    head = described_head(q.text)
    if head is None:
        return None
    for c in chosen[:READ]:
        if head not in c.terms or not may_withhold(c.text):
            continue
        if any(not w.elliptical and head in w.about for w in withholdings(c.text)):
            return c
    return None
