"""A why-question about a decision the article says was put off.

    Why did the parish council approve the new pavilion?
        minutes: "AGREED to defer a decision to the May meeting and to ask the architect for costs."
    Why did the board reject the depot plan?
        report: "The board postponed its vote on the depot plan until June."
      -> "The articles do not say so; they report: AGREED to defer a decision ..."
    Why did the board turn down the bid?
        wire: "its directors were \"assessing the proposal with our advisers\""
      -> the decision is still being made (`pending`)

The question's act is a decision (index/vocabulary.yaml `decision_acts`); none of the best
sentences tells it done to the thing asked (`predicate.happened` -> "yes", with the act's object
in the sentence: "Approved as a correct record" approves no pavilion); and a sentence of the
article says the decision, the vote, or the thing itself was put off (ahead.ahead_nouns, which
reads `postpone_verbs`). Minutes often put the resolution in a line of its own that retrieval
does not rank: the article's sentences are read, but only those with a postponing verb are parsed.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.candidates import Candidate, candidate_at
from bot.answering.terms import stems
from index.models import ScoredChunk
from index.vocabulary import vocabulary

SCANNED = 12
_DECIDED = frozenset("decision vote ruling verdict approval determination".split())


@lru_cache(maxsize=1)
def _postponing() -> re.Pattern:
    """The forms of the postponing verbs, read before a sentence is parsed."""
    words = {p.split()[0] for p in vocabulary().postpone_verbs}
    return re.compile(r"\b(?:" + "|".join(sorted(words, key=lambda w: (-len(w), w))) + r")\w*\b", re.I)


def deferred(q, own: list[Candidate], corpus) -> list[Candidate] | None:
    """The sentence that puts off the decision a why-question takes as made, or None. `own`: the
    asked article's candidates, best first."""
    p = q.predicate
    if q.kind != "why" or p is None or not p.past or p.lemma not in vocabulary().decision_acts or not own:
        return None
    from bot.answering.ahead import ahead_nouns
    from bot.answering.predicate import happened, kin

    thing = stems(p.obj)[-1:] if p.obj else []
    for c in own[:SCANNED]:
        if happened(c.text, p.lemma) == "yes" and (not thing or thing[0] in c.terms):
            return None  # the decision is told: the usual answer
    article_id = own[0].chunk.chunk.article_id
    for chunk in corpus.chunks_of(article_id):
        if not _postponing().search(chunk.text):
            continue
        sc = ScoredChunk(chunk, 0.0)
        for span in chunk.sentences:
            c = candidate_at(sc, 1, span)
            if not _postponing().search(c.text):
                continue
            put_off = ahead_nouns(c.text)
            if put_off & _DECIDED or any(kin(n, p.lemma) for n in put_off) or (thing and any(stems(n)[-1:] == thing for n in put_off)):
                return [c]
    return None


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=1)
def _pending_patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    v = vocabulary()
    # "were assessing", "is still weighing", "were \"assessing": a decision under way (a quote may open on the verb)
    pending = re.compile(rf"\b(?:is|are|was|were|remains?|remained|been|be)\s+(?:still\s+|now\s+|currently\s+)?[\"“'‘]?"
                         rf"(?:{_alternation(v.pending_verbs)})\b", re.I)
    decided = re.compile(rf"\b(?:{_alternation(v.decided_phrases)})\b", re.I)
    things = re.compile(rf"\b(?:{_alternation(v.proposal_nouns)})\b", re.I)
    return pending, decided, things


def pending(q, own: list[Candidate]) -> list[Candidate] | None:
    """"Why did the board turn down the bid?" where the article says the board is still weighing it:
    the best sentence saying the decision is under way, when none of the best tells it made. `own`:
    the asked article's candidates, best first."""
    if q.kind != "why" or not own:
        return None
    pending_re, decided, things = _pending_patterns()
    asked = decided.search(q.text)
    if asked is None or not things.search(q.text):
        return None
    asked_words = set(stems(asked.group(0)))
    if any(set(stems(m.group(0))) == asked_words for c in own[:SCANNED] for m in decided.finditer(c.text)):
        return None  # the decision asked about is told: the usual answer
    for c in own[:SCANNED]:
        m = pending_re.search(c.text)
        if m is not None and things.search(c.text[m.end():m.end() + 60]):
            return [c]
    return None
