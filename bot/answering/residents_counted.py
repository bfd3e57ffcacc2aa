""""How many people live on Tallow Key": a report counts a place's people by a word for those who
live there ("Tallow Key's 480 residents", "its 1,200 inhabitants", "the island's 90 islanders"),
rarely by "people" and the verb, so a number before such a word answers a count of the people living
there."""

from __future__ import annotations

import re

from bot.answering.counting import _ANYONE, _counting_verb
from bot.answering.question import Question, amounts

# the question's verb of living somewhere, as its lemma
_LIVING = frozenset("live reside inhabit".split())
# the words a report counts a place's people by
_RESIDENTS = frozenset("""residents resident inhabitants inhabitant islanders villagers townspeople townsfolk
    locals dwellers citizens population people persons""".split())  # ("480 people live there" too)


def asks_residents(q: Question) -> bool:
    """The question counts the people who live somewhere ("how many people live in ...")."""
    return q.counted_word in _ANYONE and _counting_verb(q.text, q.counted_word) in _LIVING


def resident_counts(text: str) -> list[str]:
    """The numbers written just before a word of residence ("480 residents")."""
    words = re.findall(r"[\w%,.\-]+", text)
    return [w.rstrip(".,") for i, w in enumerate(words)
            if amounts(w) and i + 1 < len(words) and words[i + 1].strip(".,").lower() in _RESIDENTS]
