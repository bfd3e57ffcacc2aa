"""A where-question about an event the lede tells in other words, which later sentences call back to:

    Where did the growers set up their picket?
      lede:  "About 120 growers parked their tractors across the gates of the Fenn packhouse at Pellowby
              on Monday, ..."                                     the event and its place, no "picket"
      later: "He said the growers would keep the picket up until ..."   "the picket": no place

The asked noun is written only with "the", "their" or "its" (a back reference to what was told before:
"waiting at the blockade", "parked on the road" says where someone waited, not where it was set up);
the lede names the question's doers and a place, and not the noun (it tells the event in its own
words): the lede answers, not the back references that share the question's words. Only the question's text and the few candidates holding its noun are read first.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems

BONUS = 0.05  # over the best sentence's score (a back reference's, or one on a grower "from" somewhere)
BACK_REFERENCE = 0.5  # a back reference then: it tells no place of the event
# "... set up their blockade?": the asked noun at the question's end, when the parse gives no object
_LAST_NOUN = re.compile(r"\b(?:their|its|the|his|her)\s+([a-z][a-z\-]{3,})\s*\??\s*$", re.I)
_DETERMINERS = frozenset("the a an their its his her our".split())


def weigh_lede_place(q, candidates: list[Candidate], lede_of, says_where) -> None:
    """Lift the lede over the back references (see the module's docstring). `lede_of(article_id)`: the
    article's first sentence as a candidate; `says_where(text)`: the sentence names a place."""
    if q.kind != "where" or q.asks != "place" or not candidates or q.predicate is None or not q.predicate.subj:
        return
    noun = q.predicate.obj or ((m := _LAST_NOUN.search(q.text)) and m.group(1).lower())
    doers = {s for w in q.predicate.subj.split() if w not in _DETERMINERS for s in stems(w)}
    if not noun or not doers:
        return
    stem = stems(noun)[:1]
    if not stem:
        return
    written = re.compile(rf"\b({stem[0]}\w*)", re.I)
    holding = [c for c in candidates if written.search(c.text)]
    back_ref = re.compile(rf"\b(?:the|their|its)\s+{stem[0]}\w*", re.I)
    if not holding or not all(back_ref.search(c.text) for c in holding):
        return  # "a picket at the gates": the noun told afresh somewhere
    best = max(holding, key=lambda c: c.score)
    article_id = best.chunk.chunk.article_id
    lede = lede_of(article_id)
    if lede is None or written.search(lede.text) or not doers <= set(stems(lede.text)):
        return
    own = next((c for c in candidates if c.chunk.chunk.id == lede.chunk.chunk.id and c.span.start == lede.span.start), None)
    if own is None or not says_where(own.text):
        return
    own.score = max(own.score, max(c.score for c in candidates) + BONUS)
    for c in holding:
        c.score *= BACK_REFERENCE  # "would keep the blockade up": says nothing of where it was set up
