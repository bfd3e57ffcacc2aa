"""A why-question about ending something the article says still goes on.

    Why did the council rule out free travel for low-income families?
        "Families on low incomes may still be eligible for free travel and we would encourage them to apply."
    Why did the library scrap its Saturday opening hours?
        "The library will still open on Saturday mornings."
      -> "The articles do not say so; they report: ..." citing that sentence

The question's verb ends, removes or refuses a thing (index/vocabulary.yaml `ending_acts`); a
sentence of the asked article's best names most of that thing's words (not words of time) and
says it is "still" so (or "continues to"), not negated. That sentence must not itself tell the act ("ruled out X, which still ...").
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems
from index.vocabulary import vocabulary

SCANNED = 12
# "still", "continue(s) to": not "remained proud of the partnership", which says nothing of the thing going on.
_GOES_ON = re.compile(r"\b(?:still|continues? to|will continue)\b", re.I)
# Words of time say nothing of which thing: "this year's festival" is the festival.
_TIME = frozenset(stems("year years month months week weeks day days season seasons today night morning"))
_NOT = re.compile(r"\b(?:not|no longer|never|n['’]t)\b", re.I)


def still_so(q, own: list[Candidate]) -> list[Candidate] | None:
    """The sentence saying the thing a why-question takes as ended still goes on, or None."""
    if q.kind != "why" or not own:
        return None
    from bot.answering.predicate import happened, question_root, verb_forms

    root = question_root(q.text)
    if root is None or not set(verb_forms(root)) & set(vocabulary().ending_acts):
        return None
    act = root.lemma_.lower()
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    names = set(q.names)
    thing = {s for w in obj.subtree if w.pos_ in ("NOUN", "ADJ", "PROPN") for s in stems(w.text)} - names - _TIME
    if len(thing) < 2:
        return None  # one word ("the plan") is too little to say it is the same thing
    for c in own[:SCANNED]:
        if len(thing & c.terms) * 2 < len(thing) or not _GOES_ON.search(c.text):
            continue
        if _NOT.search(c.text) or happened(c.text, act) == "yes":
            continue  # "is still not eligible", "ruled out X, which still ...": it is ended after all
        return [c]
    return None
