"""A why-question whose premise an interview's answer corrects.

    Why is the market closing this summer?
        HOST: So is there a market this summer?
        GUEST: Yes, and I want that understood. It will be smaller, twenty stalls instead of forty.
      -> "The articles do not say so; they report: Yes, and I want that understood. It will be
         smaller, twenty stalls instead of forty."

The interviewer's question (a sentence ending in "?") asks about the question's thing (a word of
it besides names and the act); the reply, the next paragraph, says within its first sentences
what is so instead (index/vocabulary.yaml `correction_markers`: "instead", "but", "rather"). The
caller has found no sentence telling the act asked about.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.instead import _marker
from bot.answering.terms import stems

SCANNED = 12
REPLY_SENTENCES = 3
# A reply that opens with a flat no (after a speaker's label, if the sentence keeps it) denies the thing asked.
_FLAT_NO = re.compile(r"^(?:[^\W\d][\w.'’\- ]{0,60}:\s*)?(?:no|nope|not at all|absolutely not)\s*[.!,;]", re.I)


def reply_corrects(q, own: list[Candidate], corpus=None) -> list[Candidate] | None:
    """The reply's sentences up to the one that corrects, or None. `own`: the asked article's
    candidates, best first."""
    act = set(stems(q.predicate.lemma)) if q.predicate is not None else set()
    content = set(q.terms) - set(q.names) - act
    for c in own[:SCANNED]:
        if not c.text.rstrip(" \"'”’").endswith("?") or not content & c.terms:
            continue
        chunk = c.chunk.chunk
        reply = sorted((o for o in own if o.chunk.chunk.article_id == chunk.article_id
                        and o.chunk.chunk.paragraph == chunk.paragraph + 1), key=lambda o: o.span.start)
        for i, r in enumerate(reply[:REPLY_SENTENCES]):
            if _marker().search(r.text):
                return reply[: i + 1]
        if reply and _FLAT_NO.match(reply[0].text):
            return reply[:REPLY_SENTENCES]  # "Is there fuel in the water?" / "No. We sounded every tank."
        pledged = _pledge_asked(q, c, reply)
        if pledged is not None:
            return [pledged]
    return _flat_no_retrieved(content, own, corpus) if corpus is not None else None


def _flat_no_retrieved(content: set[str], own: list[Candidate], corpus) -> list[Candidate] | None:
    """A reply that opens with a flat no, retrieved without the turn it answers: the turn (the
    paragraph before, a question on the question's thing) and the reply's first sentences."""
    from bot.answering.candidates import candidate_at
    from index.models import ScoredChunk

    for c in own[:SCANNED]:
        chunk = c.chunk.chunk
        if not chunk.sentences or c.span != chunk.sentences[0] or not _FLAT_NO.match(c.text):
            continue
        before = next((ch for ch in corpus.chunks_of(chunk.article_id) if ch.paragraph == chunk.paragraph - 1), None)
        if before is None or not before.sentences:
            continue
        turn = candidate_at(ScoredChunk(before, c.chunk.score), c.rank, before.sentences[-1], c.score)
        if not turn.text.rstrip(" \"'”’").endswith("?") or not content & turn.terms:
            continue
        return [turn] + [candidate_at(c.chunk, c.rank, span, c.score) for span in chunk.sentences[:REPLY_SENTENCES]]
    return None


LEAST_SHARED = 2  # the question's words the reply's sentence on its thing must have


def _pledge_asked(q, asked: Candidate, reply: list[Candidate]) -> Candidate | None:
    """"Why did the minister promise a review?" / "Will the minister guarantee that it will be reviewed?"
    and a reply that pledges nothing: the reply's sentence most on the question's thing, which tells
    what is so instead. The question's verb and one of its group (index/vocabulary.yaml `paraphrases`)
    must be the interviewer's; a reply that uses one of them may give the pledge: nothing is corrected."""
    from bot.answering.predicate import parse_question
    from index.vocabulary import vocabulary

    root = next((t for t in parse_question(q.text) if t.dep_ == "ROOT"), None)
    if root is None:
        return None
    group = next((g for g in vocabulary().paraphrases if root.lemma_.lower() in g), None)
    if group is None:
        return None
    verbs = {s for w in group if " " not in w for s in stems(w)}
    if not verbs & asked.terms or any(verbs & r.terms for r in reply):
        return None
    content = set(q.terms) - set(q.names) - set(stems(root.text)) - set(q.speaker)
    best = max(reply, key=lambda r: len(content & r.terms), default=None)
    return best if best is not None and len(content & best.terms) >= LEAST_SHARED else None
