"""Does the answer to a when-question give another event's time?

    At what time did the river crest?   "The shelter opened at 9:40 Tuesday night, before the river crested."
                                         9:40 is the opening's time; the crest is only what it came before
    When did the river crest?           "The river crested at 11:20, after the shelter opened."   answered

The sentence names the event asked, but only inside a clause that times another one ("before the
river crested", "until the order was lifted", "after the vote"), and every date it holds belongs to
that other event (bot/answering/event_dates.py reads whose date it is): the asked event's time is not
told. A sentence that names the event as its own verb, or dates it, still answers.
"""

from __future__ import annotations

import re

from bot.answering.event_dates import date_owner, related
from bot.answering.parsing import parse

# the words that make a clause or phrase a mark of time for another event
_MARKS = frozenset({"before", "after", "until", "till", "since", "once", "when", "while", "as"})
_CLIMB = 4
# "At what time did it ...?" asks a time as a when-question does (it is read as a what-question)
_AT_WHAT_TIME = re.compile(r"^\s*(?:at|by|from)\s+what\s+time\b", re.IGNORECASE)


def timed_by_another(q, texts: list[str]) -> bool:
    """Whether every one of `texts` dates another event and names the asked one only to time it."""
    if not (q.kind == "when" or _AT_WHAT_TIME.match(q.text)) or q.predicate is None or not texts:
        return False
    lemma = q.predicate.lemma
    return all(date_owner(t, lemma) == "other" and _named_only_as_a_mark(t, lemma) for t in texts)


def _named_only_as_a_mark(text: str, lemma: str) -> bool:
    acts = [t for t in parse(text, entities=True) if related(t.lemma_.lower(), lemma)]
    return bool(acts) and all(_in_a_mark(t) for t in acts)


def _in_a_mark(token) -> bool:
    """The word heads, or sits in, a "before ..." clause or phrase: "before the river crested", "after the vote"."""
    node = token
    for _ in range(_CLIMB):
        if any(c.dep_ == "mark" and c.lower_ in _MARKS for c in node.children) \
                or (node.dep_ == "pobj" and node.head.lower_ in _MARKS):
            return True
        if node.head is node:
            return False
        node = node.head
    return False
