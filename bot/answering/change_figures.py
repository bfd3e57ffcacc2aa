""""By how much did the estimate rise?": the sentence that sets the new figure against the old one
("The new estimate is 348,000, up from 265,000.", "... rose from 12 to 19") answers, though it
rarely repeats what the estimate is of (a letter's paragraph after the one naming the roof). A
how-many question asking a change weighs up such a sentence when it holds a word of the
question's own besides the change verb.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems
from index.vocabulary import vocabulary

CHANGE_SET = 1.6

_V = vocabulary()
_ASKS_CHANGE = re.compile(r"\bby how much\b|\bhow much (?:did|has|have|had|does|do|will|would)\b.*\b(?:"
                          + "|".join(map(re.escape, sorted(_V.change_words))) + r")\b", re.I)
_AMOUNT = r"[$€£¥₹]?\s?\d[\d,.]*(?:\s?(?:%|per\s?cent|million|billion|bn|m|k))?"
# "348,000, up from 265,000", "down from 44", "rose from 12 to 19", "from 265,000 to 348,000"
_SET_AGAINST = re.compile(rf"{_AMOUNT}[^.;]{{0,12}}\b(?:up|down)\s+from\s+{_AMOUNT}|\bfrom\s+{_AMOUNT}\s+to\s+{_AMOUNT}", re.I)


def weigh_change_figures(q, candidates: list[Candidate]) -> None:
    """Weigh up the sentences setting a new figure against an old one, for a question asking by how
    much something changed (see above)."""
    if q.kind != "how-many" or not _ASKS_CHANGE.search(q.text):
        return
    change = {t for w in _V.change_words for t in stems(w)}
    own = {t for t in q.terms if t not in change and t not in q.names}
    if not own:
        return
    for c in candidates:
        if c.terms & own and _SET_AGAINST.search(c.text):
            c.score *= CHANGE_SET
