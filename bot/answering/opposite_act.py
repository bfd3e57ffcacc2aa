"""Does the answer tell the opposite act, never the one asked?

    When did the bank open its branch?        "the branch will close its doors on May 30"
    When was the evacuation order lifted?     "the sheriff ordered the evacuation of the town"
    When will the ferry start sailing?        "the ferry will stop sailing at the end of March"

The sentence is on the thing asked and dated, so it reads as an answer; but the act it dates is the
asked one's opposite (index/vocabulary.yaml `opposite_acts`), and the asked act is written nowhere in
it in any form: its date is another act's, a near miss. Only acts that change a thing's state are read
(`state_acts`): a converse ("fans bought 9,400 tickets" for "how many did the club sell") is the same
event. Why-questions are corrected by such a sentence instead (bot/answering/premise_all.py), and
who-questions are read by their deed.
"""

from __future__ import annotations

import re

from bot.answering.event_dates import related
from bot.answering.parsing import parse
from bot.answering.predicate import parse_question
from index.vocabulary import vocabulary

_KINDS = frozenset({"when", "how-many", "what", "where"})
# "The season runs from 1 March and ends on 30 June": a start told as where a span begins
_SPAN_START = re.compile(r"\b(?:from|since)\s+(?:[\w,]+\s+){0,2}?(?:\d|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|"
                         r"January|February|March|April|May|June|July|August|September|October|November|December|today|tomorrow|next)",
                         re.IGNORECASE)
_STARTS = frozenset({"start", "open", "begin", "reopen", "resume"})


def opposite_act_only(q, texts: list[str]) -> bool:
    """Whether every one of `texts` tells an opposite of the question's act and not the act."""
    if q.kind not in _KINDS or not texts:
        return False
    act = _asked_act(q)
    if act not in vocabulary().state_acts:
        return False  # "how many did the club sell" / "fans bought 9,400": the same event from the other side
    opposites = vocabulary().opposite_acts.get(act, ())
    return bool(opposites) and all(_opposite_only(t, act, opposites) for t in texts)


def _asked_act(q) -> str | None:
    """The question's main verb ("start" of "start sailing", "lift"; the parser may read "start" as a noun there),
    else its predicate's."""
    root = next((t for t in parse_question(q.text) if t.dep_ == "ROOT"), None)
    if root is not None and root.pos_ in ("VERB", "NOUN") and root.lemma_.lower() in vocabulary().opposite_acts:
        return root.lemma_.lower()
    return q.predicate.lemma if q.predicate is not None else None


def _opposite_only(text: str, act: str, opposites) -> bool:
    doc = parse(text)
    if any(related(t.lemma_.lower(), act) for t in doc) or (act in _STARTS and _SPAN_START.search(text)):
        return False
    low = text.lower()
    return any((" " in o and o in low) or any(related(t.lemma_.lower(), o) and t.pos_ in ("VERB", "NOUN")
                                              and not any(c.dep_ == "neg" for c in t.children) for t in doc)
               for o in opposites)
