"""A quotation's credit line under it, as a "week in quotes" page or a pull quote prints them:

    "It's the fact that the yard is full by 6am and the late shift has nowhere to go."
    - Ann Roe, a driver and the depot's union delegate, on Tuesday, after 30 bays were closed.

The credit says who said the quotation, and when and where: it holds the words a question
describes the speaker by ("the union delegate"), never what they said, complained of or counted.
For such a question it stands below the quotation above it and the sentences after it.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate

CREDIT_LINE = 0.5  # of a credit line's score, asked what was said, how many or why
_KINDS = ("what", "how-many", "why")
# "- Ann Roe, ...", "— Mayor Ann Roe, ..." opening the sentence
_CREDIT = re.compile(r"^\s*(?:-{1,2}|–|—|―)\s*[A-Z]")
# the quotation it credits ends just above it: a closing quote mark before the line break
_QUOTED_ABOVE = re.compile(r"[\"”’][ \t]*\n[ \t]*$")


def is_credit_line(c: Candidate) -> bool:
    """The candidate is a dash's credit line under a quotation."""
    if not _CREDIT.match(c.text):
        return False
    chunk = c.chunk.chunk
    before = chunk.text[: c.span.start - chunk.start]
    return bool(_QUOTED_ABOVE.search(before))


def weigh_credit_lines(kind: str, candidates: list[Candidate]) -> None:
    """A credit line answers who, when and where; what was said is in the quotation or after it."""
    if kind not in _KINDS:
        return
    for c in candidates:
        if is_credit_line(c):
            c.score *= CREDIT_LINE
