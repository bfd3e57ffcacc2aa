"""A question whose premise has a date the article itself corrects.

    What did the July 2025 inspection find?
        "In our letter of 4 December we gave the inspection date as 14 July 2025. That was an error;
         the inspection took place on 14 August 2025."
      -> "The articles do not say so; they report: ..." citing the correction

A correction notice (a letter's "Please note a correction", a paper's "An earlier version of this
article said ...") names the wrong date and says it was an error; the question that repeats the
wrong month is answered with the correction, which gives the right one. Only the retrieved
sentences of the question's article are read.
"""

from __future__ import annotations

import calendar
import re

from bot.answering.candidates import Candidate

SCANNED = 12
_MONTH = re.compile(r"\b(" + "|".join(calendar.month_name[1:]) + r")\b", re.I)
# "That was an error", "is incorrect", "should have read", "was wrongly given as"
_ERROR = re.compile(r"\b(?:was|is|were)\s+(?:an?\s+)?(?:error|mistake|incorrect|wrong)\b|\bshould\s+have\s+(?:read|said|been)\b|"
                    r"\b(?:incorrectly|wrongly|mistakenly|erroneously)\s+(?:gave|given|stated|said|reported|dated)\b", re.I)


def _months(text: str) -> set[str]:
    return {m.group(1).lower() for m in _MONTH.finditer(text)}


def corrected_date(q, candidates: list[Candidate]) -> list[Candidate] | None:
    """The correction (and the sentence before it naming the wrong date) when the question's month
    is the one the article says was given in error; else None."""
    asked = _months(q.text)
    if len(asked) != 1 or not candidates:
        return None
    content = set(q.terms) - set(q.names)
    best = max(candidates, key=lambda c: c.score)
    own = [c for c in candidates if c.chunk.chunk.article_id == best.chunk.chunk.article_id]
    ranked = sorted(own, key=lambda c: -c.score)[:SCANNED]
    by_start = sorted(own, key=lambda c: c.span.start)
    for c in ranked:
        if not _ERROR.search(c.text):
            continue
        i = by_start.index(c)
        prev = by_start[i - 1] if i and _same_passage(by_start[i - 1], c) else None
        nxt = by_start[i + 1] if i + 1 < len(by_start) and _same_passage(by_start[i + 1], c) else None
        # "we gave the date as 14 July. That was an error; it took place on 14 August" (the right date in
        # the error's own sentence), or "wrongly gave the date as 27 May. The hearing took place on 10 June."
        for told, right in ((prev, c), (c, nxt)):
            if told is None or right is None or not (_months(right.text) - asked) or not (asked & _months(told.text)):
                continue
            if content & (c.terms | told.terms | right.terms):
                return [told, right]
        if prev is None and (_months(c.text) - asked) and content & c.terms and asked & _months(c.text):
            return [c]
    return None


def _same_passage(a: Candidate, b: Candidate) -> bool:
    return a.chunk.chunk.id == b.chunk.chunk.id
