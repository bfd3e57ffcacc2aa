""""What did the engineer discover?" / "When the engineer climbed up on Tuesday he found that the
problem is worse than we were told. It is not only the slates. Two of the main timbers are
rotten ...": a finding announced in general words ("worse than we were told") is told in the
sentences after it, in its paragraph. A what-question asking a finding (its verb one of
index/vocabulary.yaml `finding_verbs`) whose best sentence is "... found that ..." takes up to two
sentences after it in the paragraph, before the other chosen sentences."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate, overlaps
from index.vocabulary import vocabulary

FOLLOWING = 2
KEPT = 3  # sentences in all: the finding and its telling first

_FOUND_THAT = None


def _found_that() -> re.Pattern:
    global _FOUND_THAT
    if _FOUND_THAT is None:
        forms = {"found", "finds", "find", "discovered", "discovers", "revealed", "reveals", "showed", "shows", "detected",
                 "established", "concluded"} | set(vocabulary().finding_verbs)
        _FOUND_THAT = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms))) + r")\s+that\b", re.I)
    return _FOUND_THAT


def with_findings_after(q, chosen: list[Candidate], following) -> list[Candidate]:
    """The chosen sentences, the best followed by the sentences that tell its finding (see above).
    `following(c)`: the article's sentence after `c` (neighbours.next_sentence)."""
    if q.kind != "what" or not chosen or q.predicate is None or q.predicate.lemma not in vocabulary().finding_verbs:
        return chosen
    best = chosen[0]
    if not _found_that().search(best.text) or '"' in best.text or "“" in best.text:
        return chosen
    taken = [best]
    for _ in range(FOLLOWING):
        nxt = following(taken[-1])
        if nxt is None or nxt.chunk.chunk.id != best.chunk.chunk.id or overlaps(nxt, taken) \
                or '"' in nxt.text or "“" in nxt.text:
            break
        taken.append(nxt)
    if len(taken) == 1:
        return chosen
    return [*taken, *(c for c in chosen[1:] if not overlaps(c, taken))][:max(KEPT, len(taken))]
