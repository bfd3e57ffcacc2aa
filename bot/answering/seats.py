"""Where a company or body is based: the sentence that gives its seat, not the one naming it most.

    Where is Hollin Dairies based?
        "Hollin Dairies said on Monday it would close three depots."            names it, no seat
        "Protesters marched to Hollin's head office in Tarnby on Saturday."     its seat: weighed up

A news story names its company often and its seat once, in passing, in a later sentence: "its head
office in X", "headquarters in X", "the X-based firm", "based in X". Such a sentence, naming the body
asked about, answers "where is it based" better than the lede that only names it.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.question import Question

_ASKS_SEAT = re.compile(r"\b(?:based|headquartered|head\s?office|headquarters|registered)\b", re.I)
_SEAT = re.compile(r"\b(?:head\s?offices?|headquarters|HQ|registered office|main office|home base|based|headquartered)"
                   r"(?:\s+[a-z]+){0,2}?\s+(?:in|at)\s+(?:the\s+)?[A-Z]|\b[A-Z][\w'’\-]+-based\b")
SEAT_BONUS = 0.35


def weigh_seats(q: Question, candidates: list[Candidate]) -> None:
    """"Where is X based": a sentence that names X and gives a seat weighs more."""
    if q.kind != "where" or not _ASKS_SEAT.search(q.text):
        return
    names = set(q.names)
    for c in candidates:
        if (not names or names & c.terms) and _SEAT.search(c.text):
            c.score += SEAT_BONUS
