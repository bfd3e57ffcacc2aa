"""Does the best sentence say that what the question asks is not known?

    Which supplier made the faulty fuses?   "... fuses from a single supplier, which he declined to name."
    What was the result of the ballot?      "He said the result of the ballot would be announced on Saturday."

Then the honest answer is that the articles do not say it, citing the sentence that shows
why. Only for questions about what is done or known (not "when will ..."), and only when the
marker (index/vocabulary.yaml `unknown_markers`) stands next to the question's own words.
"""

from __future__ import annotations

import re

from bot.answering.terms import stems
from index.vocabulary import vocabulary

NEAR_WORDS = 8  # the question's words must be this close to the marker
_MARKERS = re.compile(r"\b(?:" + "|".join(vocabulary().unknown_markers) + r")", re.I)
# A question about what is yet to come is answered by what the articles expect.
_AHEAD = re.compile(r"\b(?:will|going to|supposed to|expected|due|plan|plans|planned|scheduled|next|upcoming|"
                    r"future|yet)\b", re.I)
_CLAUSE = re.compile(r"[;:—–]|\s-\s")
_ASKING = re.compile(r"^\s*(?:and\s+)?(?:what|which|who|whom|whose|when|where|how|on what|in what|for what)\b", re.I)


def says_unknown(question_text: str, terms: tuple[str, ...], sentence: str) -> bool:
    """The sentence withholds or postpones the very thing a wh-question asks about."""
    if not _ASKING.match(question_text) or _AHEAD.search(question_text) or not terms:
        return False
    for m in _MARKERS.finditer(sentence):
        # Within the marker's clause: "...voted for the strike; the union declined to comment" withholds no vote.
        before = re.findall(r"[\w'’\-]+", _CLAUSE.split(sentence[: m.start()])[-1])[-NEAR_WORDS:]
        after = re.findall(r"[\w'’\-]+", _CLAUSE.split(sentence[m.end():])[0])[:NEAR_WORDS]
        near = {t for w in before + after for t in stems(w)}
        if any(t in near for t in terms):
            return True
    return False
