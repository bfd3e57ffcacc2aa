"""A total sum asked ("how much did the scheme cost in all", "what was the total cost") where the
chosen sentences give only a share of it per visit, head or item ("Each visit cost the board £420",
"£30 per child"): the articles do not give the total, and multiplying a share by a count the article
gives elsewhere is not saying it; the decline cites the share.

A rate over time ("£2m a year") is not taken for a share: a yearly cost may be the answer asked.
"""

from __future__ import annotations

import re

from bot.answering.only_capped import _SUM

_TOTAL = r"in\s+all|in\s+total|altogether|all\s+told|overall|total|combined"
_TOTAL_ASKED = re.compile(
    rf"^\s*(?:and\s+)?(?:how\s+much\b[^?]*\b(?:{_TOTAL})\b|what\s+(?:was|is|will\s+be|were)\s+(?:the\s+)?(?:total|overall|combined)\s+"
    rf"(?:cost|bill|price|spend|spending|outlay))", re.I)
_TIME = r"year|years|annum|month|months|week|weeks|day|days|hour|hours|night|nights|term|season|quarter"
# Right after the sum: "per visit", "each", "a head", "apiece" (not "a year").
_SHARE_AFTER = re.compile(rf"^\s*(?:per\s+(?!(?:{_TIME})\b)\w+|each\b|apiece\b|an?\s+(?!(?:{_TIME})\b)(?:head|visit|person|child|"
                          r"pupil|patient|household|home|ticket|seat|item|unit|session|trip|place|student|member|family)\b)", re.I)
# Before the sum in its clause: "Each visit cost the board", "every household will pay".
_SHARE_BEFORE = re.compile(rf"\b(?:each|every|per)\s+(?!(?:{_TIME})\b)[\w\-]+(?:\s+[\w\-']+){{0,5}}\s+$", re.I)
NEAR = 45  # characters before a sum read for "each ..."


def only_a_share(q, chosen: list, own: list = ()) -> object | None:
    """The first sentence giving a share, when a total is asked and every sum the chosen sentences
    and the best article's best sentences (`own`) give is a share per visit, head or item; else None.
    (A chosen sentence with no sum, "the scheme visited 14 schools", stands for the share it lacks.)"""
    if not _TOTAL_ASKED.search(q.text) or re.search(r"\b(?:each|per|every|apiece)\b", q.text, re.I):
        return None
    found = None
    for c in [*chosen, *(o for o in own if all(o is not c for c in chosen))]:
        for m in _SUM.finditer(c.text):
            before = c.text[max(0, m.start() - NEAR):m.start()]
            before = re.split(r"[,;:]\s", before)[-1]
            if not (_SHARE_AFTER.match(c.text[m.end():]) or _SHARE_BEFORE.search(before)):
                return None  # a sum told whole: it may be the total
            found = found or c
    return found
