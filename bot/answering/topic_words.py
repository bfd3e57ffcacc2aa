"""How much of a question's topic a passage holds, its describing words weighing less than its noun.

"What did the ward offer to do about the long grass?" is answered by "the ward had offered to cut
the grass": a report names the thing again without the word that described it in the question.
A word used only to describe (an adjective that is no noun: "long", "new", "big") before
the topic's last word qualifies that noun; it counts a quarter. A noun before it ("the share buyback",
"the green bin") names the thing and counts in full.
"""

from __future__ import annotations

from functools import lru_cache

DESCRIBING_WEIGHT = 0.25


def topic_coverage(topic: tuple[str, ...], present, idf) -> float:
    """The share of the topic's weight (idf, a describing word's halved) found in `present`."""
    weights = [idf(t) * (DESCRIBING_WEIGHT if k < len(topic) - 1 and describing_only(t) else 1.0)
               for k, t in enumerate(topic)]
    total = sum(weights) or 1.0
    return sum(w for t, w in zip(topic, weights) if t in present) / total


@lru_cache(maxsize=2048)
def describing_only(word: str) -> bool:
    """`word` (lower case) is an adjective in the model's tables and never a noun."""
    from bot.answering.english_words import _tables

    words = _tables()[0]
    return word in words["adj"] and word not in words["noun"]
