""""What rules did the bank tighten?" / "Harbourline Bank said in a statement on Wednesday that it had
... 'tightened' its rules on new payees. | From Monday, customers will have to confirm any first
payment over £500 ...": a change to rules told in general words (a verb of index/vocabulary.yaml
`rule_change_verbs` before one of its `rule_nouns`) is told in full by the sentence after it, which
states the rule as it now stands ("From Monday, X will have to ...", "Under the new rules ...",
"... must now ..."). A what-question's best sentence that only announces such a change takes that
next sentence (in its paragraph, or the next paragraph's first), before the other chosen sentences.
Read from the sentences' text, no parse."""

from __future__ import annotations

import re
from functools import cache

from bot.answering.candidates import Candidate, overlaps
from index.vocabulary import vocabulary

KEPT = 3  # sentences in all
# how a rule in force is stated: from a day on, under the new rules, what people will have to / must do
_RULE_STATED = re.compile(r"^\W*(?:from|starting|as\s+of|under\s+the\s+new)\b|\b(?:will|would)\s+(?:now\s+|also\s+)?"
                          r"(?:have|need)\s+to\b|\bmust\s+now\b|\b(?:will|would)\s+no\s+longer\b", re.I)
@cache
def _rule_changed() -> re.Pattern:
    v = vocabulary()
    verbs = "|".join(sorted(map(re.escape, v.rule_change_verbs), key=len, reverse=True))
    nouns = "|".join(sorted(map(re.escape, v.rule_nouns), key=len, reverse=True))
    # "tightened its rules", "'tightened' its rules on", "changed the payment policy"
    return re.compile(rf"\b(?:{verbs})\b\W*\s+(?:its|their|the|his|her|our)\s+(?:[\w\-]+\s+){{0,2}}(?:{nouns})\b", re.I)


def with_rule_after(q, chosen: list[Candidate], following) -> list[Candidate]:
    """The chosen sentences, the best followed by the sentence stating the rule it says was changed.
    `following(c)`: the article's sentence after `c` (neighbours.next_sentence)."""
    if q.kind != "what" or not chosen or not _rule_changed().search(chosen[0].text):
        return chosen
    best = chosen[0]
    nxt = following(best)
    if nxt is None or overlaps(nxt, chosen[:1]) or not _RULE_STATED.search(nxt.text) \
            or nxt.chunk.chunk.article_id != best.chunk.chunk.article_id:
        return chosen
    if nxt.chunk.chunk.id != best.chunk.chunk.id and nxt.span.start != nxt.chunk.chunk.start:
        return chosen  # (another paragraph: its first sentence only)
    taken = [best, nxt]
    return [*taken, *(c for c in chosen[1:] if not overlaps(c, taken))][:KEPT]
