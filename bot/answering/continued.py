"""The asked act in the sentence after the one that names what the question is about.

"What will the $4 million grant pay for?": the best sentence names the grant ("The council is
also releasing a $4 million grant."), the next one in the same paragraph or turn says what it
covers ("The money will cover ..."). When the best sentence holds none of the question's words
for the act (its verb, or a word of that verb's paraphrase group), and the very next sentence of
its paragraph does (or, after a paragraph's last sentence, the next paragraph's first when it opens
with a back-reference: "The company blamed ..."), that sentence comes along. Read only from the scored candidates: no parse.
"""

from __future__ import annotations

import re

from bot.answering.antecedents import opens_with_reference
from bot.answering.candidates import Candidate, overlaps
from bot.answering.paraphrase import paraphrased
from bot.answering.terms import stems

MAX_CHOSEN = 4
# "What reasons did the firm give for refusing?": "The firm refused. It said it had warned her ...".
_ASKS_GROUNDS = re.compile(r"\b(?:reasons?|explanations?|justifications?|grounds|arguments?)\b", re.I)
_SAYS_BACK = re.compile(r"^\W*(?:he|she|it|they)\s+(?:said|says|explained|argued|told|wrote|added|insisted|claimed)\b", re.I)


def _act(q) -> tuple[frozenset[str], tuple]:
    """The question's terms for the act asked, and its paraphrase groups (not its places)."""
    groups = tuple(p for p in q.paraphrases if not set(p.terms) & set(q.names))
    if q.predicate is not None:
        # The verb's own group only: "the fund" in "what will the fund be used for" is no act.
        verb = set(stems(q.predicate.lemma))
        groups = tuple(p for p in groups if verb & set(p.terms))
        return frozenset(t for t in verb if t in q.terms), groups
    return frozenset(t for p in groups for t in p.terms if t in q.terms), groups


def _holds(c: Candidate, terms: frozenset[str], groups) -> bool:
    return bool(terms & c.terms) or any(paraphrased(p, c.text, c.terms) for p in groups)


def _next_paragraph_referring_back(best: Candidate, candidates: list[Candidate]) -> list[Candidate]:
    """The next paragraph's first sentence when it opens with a back-reference ("The company blamed ...",
    "He said ..."): the act told of the subject the best sentence, last of its paragraph, names."""
    chunk = best.chunk.chunk
    following = [c for c in candidates if c.chunk.chunk.article_id == chunk.article_id
                 and c.chunk.chunk.paragraph == chunk.paragraph + 1 and c.span.start >= best.span.end]
    first = min(following, key=lambda c: c.span.start, default=None)
    return [first] if first is not None and opens_with_reference(first.text) else []


def with_act_after(q, chosen: list[Candidate], candidates: list[Candidate]) -> list[Candidate]:
    """`chosen`, with the best sentence's next sentence in its paragraph when only that one holds the act."""
    if not chosen or len(chosen) >= MAX_CHOSEN:
        return chosen
    terms, groups = _act(q)
    best = chosen[0]
    if not terms or _holds(best, terms, groups):
        return chosen
    chunk_id = best.chunk.chunk.id
    after = [c for c in candidates if c.chunk.chunk.id == chunk_id and c.span.start >= best.span.end]
    if not after:
        after = _next_paragraph_referring_back(best, candidates)
    if not after:
        return chosen
    nxt = min(after, key=lambda c: c.span.start)
    given = bool(_ASKS_GROUNDS.search(q.text) and _SAYS_BACK.match(nxt.text))  # "It said it had ..." gives the reasons
    if not (given or _holds(nxt, terms, groups)) or overlaps(nxt, chosen[:1]):
        return chosen
    return [best, nxt] + [c for c in chosen[1:] if c is not nxt and c.span != nxt.span]
