"""Where someone was before: "Where did she work before joining the company?" is answered by the
line that says what she was formerly ("the appointment of A, formerly of a regional bank, as ..."),
not by her best-matching quote."""

from __future__ import annotations

import re

# The question asks about someone's earlier job or place.
_ASKS_BEFORE = re.compile(r"\b(?:before (?:joining|she joined|he joined|they joined|moving to|coming to|taking)|previously|"
                          r"formerly|used to work|prior to joining|earlier in (?:her|his|their) career)\b", re.I)
# A sentence saying where someone was before.
_FORMER = re.compile(r"\b(?:formerly (?:of|at|with|a|an|the)|previously (?:of|at|with|worked|ran|led|headed|served)|"
                     r"who (?:previously|formerly|once) (?:worked|ran|led|headed|served)|joins? from|joined from|"
                     r"(?:after|following) (?:\w+ )?(?:years|a decade|a career) (?:at|with|in)|spent (?:\w+ )?(?:years|a decade) (?:at|with|in)|"
                     r"(?:a|the) former \w+(?: \w+)? (?:at|of|with)|"
                     # a first-person account: "I started here in 1999, straight from a job in a bakery"
                     r"(?:straight |fresh |direct(?:ly)? )?from (?:a|my|her|his|their) (?:\w+ )?(?:job|post|career|work) (?:at|in|with|as))\b", re.I)
FORMER_BONUS = 0.3


def asks_before(question: str) -> bool:
    return bool(_ASKS_BEFORE.search(question))


def says_former(text: str) -> bool:
    """"formerly of a regional bank", "who previously ran ...": where the person was before."""
    return bool(_FORMER.search(text))


def weigh_former(question: str, candidates) -> None:
    """A sentence saying where the person was before weighs more, for a question that asks it."""
    if not _ASKS_BEFORE.search(question):
        return
    for c in candidates:
        if _FORMER.search(c.text):
            c.score += FORMER_BONUS
