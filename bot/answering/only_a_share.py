"""A total sum asked ("how much did the scheme cost in all", "what was the total cost") where the
chosen sentences give only a share of it per visit, head or item ("Each visit cost the board £420",
"£30 per child"): the articles do not give the total, and multiplying a share by a count the article
gives elsewhere is not saying it; the decline cites the share.

A rate over time ("£2m a year") is not taken for a share: a yearly cost may be the answer asked.
"""

from __future__ import annotations

import re

from bot.answering.only_capped import _SUM
from bot.answering.terms import stems

_TOTAL = r"in\s+all|in\s+total|altogether|all\s+told|overall|total|combined"
_TOTAL_ASKED = re.compile(
    rf"^\s*(?:and\s+)?(?:how\s+much\b[^?]*\b(?:{_TOTAL})\b|what\s+(?:was|is|will\s+be|were)\s+(?:the\s+)?(?:total|overall|combined)\s+"
    rf"(?:cost|bill|price|spend|spending|outlay|prize\s+(?:pool|fund|money|pot)|payout|pay-out|jackpot))", re.I)
_TIME = r"year|years|annum|month|months|week|weeks|day|days|hour|hours|night|nights|term|season|quarter"
# Right after the sum: "per visit", "each", "a head", "apiece" (not "a year").
_SHARE_AFTER = re.compile(rf"^\s*(?:per\s+(?!(?:{_TIME})\b)\w+|each\b|apiece\b|an?\s+(?!(?:{_TIME})\b)(?:head|visit|person|child|"
                          r"pupil|patient|household|home|ticket|seat|item|unit|session|trip|place|student|member|family)\b)", re.I)
# Before the sum in its clause: "Each visit cost the board", "every household will pay".
_SHARE_BEFORE = re.compile(rf"\b(?:each|every|per)\s+(?!(?:{_TIME})\b)[\w\-]+(?:\s+[\w\-']+){{0,5}}\s+$", re.I)
# One prize of several, by its rank or its winner: "won its grower a first prize of $1,500", "the winner takes home".
_ONE_PRIZE_BEFORE = re.compile(r"\b(?:(?:first|second|third|top|grand|main|winning|runner-?up|consolation)\s+prizes?\s+(?:of\s+|worth\s+)?|"
                               r"(?:the|each|every)\s+(?:overall\s+)?winners?\s+(?:\w+\s+){0,2}?(?:receives?|gets?|takes?(?:\s+home)?|"
                               r"wins?|won|received|got|took(?:\s+home)?|will\s+(?:receive|get|take(?:\s+home)?|win))\s+)$", re.I)
_TOTAL_STEMS = frozenset(stems("total overall combined all altogether much money cost sum"))
NEAR = 45  # characters before a sum read for "each ..."


def only_a_share(q, chosen: list, own: list = ()) -> object | None:
    """The first sentence giving a share, when a total is asked and every sum the chosen sentences
    and the best article's best sentences (`own`) give is a share per visit, head or item; else None.
    (A chosen sentence with no sum, "the scheme visited 14 schools", stands for the share it lacks.)"""
    if not _TOTAL_ASKED.search(q.text) or re.search(r"\b(?:each|per|every|apiece)\b", q.text, re.I):
        return None
    found = None
    # (the article's other sentences count only when on the thing asked: a round-up's other items' sums are not its total)
    topic = {t for t in q.terms if t not in q.names} - _TOTAL_STEMS
    own = [o for o in own if all(o is not c for c in chosen)]
    for c in [*chosen, *own]:
        aside = c not in chosen and topic and not topic & c.terms
        for m in _SUM.finditer(c.text):
            before = c.text[max(0, m.start() - NEAR):m.start()]
            before = re.split(r"[,;:]\s", before)[-1]
            if not (_SHARE_AFTER.match(c.text[m.end():]) or _SHARE_BEFORE.search(before) or _ONE_PRIZE_BEFORE.search(before)):
                if aside:
                    continue  # a whole sum on another thing: not the total asked
                return None  # a sum told whole: it may be the total
            found = found or c
    return found
