""""How many beds does the hostel have?", "How much money does the club have in the bank?": the verb
asks only what someone holds, which a text tells by counting the thing itself ("its 40 beds", "the
reserve stands at £9,000"), never with "have". A count of the thing asked, or a sum of money for
money asked, answers such a question whatever its verb."""

from __future__ import annotations

import re

from bot.answering.terms import stems

# "how many X did Y have", "how much money does Y have in ...": do-support with "have" as the main verb
_HOLDS = re.compile(r"^\s*(?:and\s+)?how\s+(?:many|much)\b.*?\b(?:do|does|did)\b.*?\bhave\b(?!\s+(?:been|to)\b)", re.I)
_NUMBER = re.compile(r"\d[\d,.]*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b", re.I)
_WORD = re.compile(r"[^\W\d_][\w\-']*")
WORDS_BETWEEN = 3  # "22 private bath cubicles": the count's qualifiers before the thing


def asks_holding(question: str) -> bool:
    return bool(_HOLDS.search(question))


def counts_thing(text: str, counted: tuple[str, ...]) -> bool:
    """Does `text` put a number before the thing counted (its last stem), with at most a few words
    between ("the 22 private bath cubicles")?"""
    if not counted:
        return False
    head = counted[-1]
    for m in _NUMBER.finditer(text):
        words = _WORD.findall(text[m.end():m.end() + 80])[: WORDS_BETWEEN + 1]
        if any(head in stems(w) for w in words):
            return True
    return False
