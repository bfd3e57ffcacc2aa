""""How is A related to B?": the sentence that names A with a family word ("Her nephew, Bram
Savimer, runs cattle north of town") or says A is no relation ("who is not related to the mayor")
is the answer; a sentence sharing only the question's other words ("ranchers drive farther for a
vet") is not. Those sentences weigh more."""

from __future__ import annotations

import re
from functools import cache

from index.vocabulary import vocabulary

KIN_BOOST = 3.0
_RELATED = re.compile(r"^\s*(?:and\s+)?(?:how|in\s+what\s+way)\s+(?:is|was|are|were)\s+(.+?)\s+related\s+to\s+.+$"
                      r"|^\s*(?:and\s+)?what\s+(?:relation|relationship|kin)\s+(?:is|was)\s+(.+?)\s+to\s+.+$"
                      r"|^\s*(?:and\s+)?what\s+is\s+(.+?)['’]s\s+(?:relation|relationship)\s+(?:to|with)\s+.+$", re.I)
_TITLES = frozenset("mr mrs ms miss dr the a an".split())


@cache
def _kin_words() -> re.Pattern:
    words = {w for pair in vocabulary().kin_pairs for side in pair for w in side}
    words |= {"related", "relation", "relative", "married", "cousin", "in-law"}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w))) + r")s?\b", re.I)


def asked_party(question: str) -> list[str]:
    """The capitalised words of A in "how is A related to B" (its name), else []."""
    m = _RELATED.match(question)
    if m is None:
        return []
    party = next(g for g in m.groups() if g)
    return [w for w in re.findall(r"[A-Z][\w'’\-]+", party) if w.lower() not in _TITLES]


def weigh_kin_relation(q, candidates) -> None:
    """A how-is-A-related-to-B question: sentences naming A with a family word weigh more."""
    name = asked_party(q.text)
    if not name:
        return
    named = re.compile(r"\b(?:" + "|".join(map(re.escape, name)) + r")\b")
    for c in candidates:
        if named.search(c.text) and _kin_words().search(c.text):
            c.score *= KIN_BOOST
