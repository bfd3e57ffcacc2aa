"""A sales count asked ("how many of the scarves has the store sold") where the chosen sentences tell
the sale only at a price ("the scarves were being sold for £19") and count other things ("at least
three designs in its range"): the articles do not say how many were sold.

    How many of the scarves has the store sold?   "found three designs ... the scarves were being sold for £19"   declined
    How many of the scarves has the store sold?   "The store has sold 2,400 of the scarves"                      answered

A count is of the sale when it stands right after the sale's verb ("sold 2,400") or within a few
words before it ("2,400 scarves were sold"), and is not money. Read from the question's and the
chosen sentences' text alone (regular expressions over each sentence).
"""

from __future__ import annotations

import re

from bot.answering.no_count_given import _counts

_SALES_ASKED = re.compile(r"^\s*(?:and\s+)?how\s+many\b[^?]*\b(?:sold|sell|sells|selling|bought|buy|buys)\b", re.I)
_SALE = re.compile(r"\b(?:sold|sell|sells|selling|sales?|bought|buy|buys|buying)\b", re.I)
# the sale told at a price: "sold for £34", "selling at $20 each"
_PRICED = re.compile(r"^\s+(?:for|at)\s+(?:about\s+|around\s+|just\s+|only\s+)?(?:[$€£¥₹]|\w{1,3}\$)\s?\d", re.I)
BEFORE_WORDS = 6  # words before the sale's verb read for its count ("2,400 of the scarves were sold")


def sales_only_priced(q, chosen: list) -> object | None:
    """chosen[0] when a sales count is asked and every sale the chosen sentences tell is at a price,
    with no count beside it; else None."""
    if not chosen or q.kind != "how-many" or not _SALES_ASKED.search(q.text):
        return None
    priced = False
    for c in chosen:
        for m in _SALE.finditer(c.text):
            after = c.text[m.end():]
            before = " ".join(c.text[:m.start()].split()[-BEFORE_WORDS:])
            if _counts(" ".join(after.split()[:3])) or _counts(before):
                return None  # "sold 2,400", "2,400 scarves were sold": the count asked
            if not _PRICED.match(after):
                return None  # a sale told otherwise: not read here
            priced = True
    return chosen[0] if priced else None
