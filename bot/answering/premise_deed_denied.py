"""A who-question about a deed done to a thing, where the article says the thing was not done any
such wrong and the deed is written nowhere in it: the denial corrects the premise.

    Who stole the registry's signing key?
        "The registry says no packages were tampered with and the old key was not compromised.
         It simply expired."
      -> "The articles do not say so; they report: ... the old key was not compromised. It simply expired."

The deed is the question's (bot/answering/asked_act.py); the denial is a negated passive on the
deed's object ("the key was not compromised", "no files were stolen") whose verb the embedder puts
near the deed (DENIED_ACT: "steal" / "compromised" 0.42; unrelated verbs of one story sit under 0.3:
"steal" / "expired" 0.21, "closed" 0.14). Sentences are read by their text; no parse of them."""

from __future__ import annotations

import re

from bot.answering.terms import stems

SCANNED = 20
DENIED_ACT = 0.35
_PARTICIPLE = r"([a-z]+(?:ed|en|t))"
_NEGATED_PASSIVE = re.compile(
    rf"\b(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+not\s+(?:been\s+)?{_PARTICIPLE}\b"
    rf"|\b(?:wasn|weren|isn|aren|hasn|haven|hadn)['’]t\s+(?:been\s+)?{_PARTICIPLE}\b"
    rf"|\bno\s+(?:[\w\-]+\s+){{0,2}}?(?:was|were|has\s+been|have\s+been|had\s+been)\s+{_PARTICIPLE}\b", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")


def deed_denied(q, candidates: list, article_text, alike) -> list | None:
    """[the sentence denying the deed was done to its object, the next one of its paragraph], or None."""
    if q.kind != "who" or not candidates or alike is None:
        return None
    from bot.answering.afterwards import asked_article
    from bot.answering.asked_act import _told_otherwise, _written, asked_deed
    from bot.answering.instead import with_instead
    from bot.answering.predicate import predicate_of  # (the question's own parse, made for its deed)

    lemma = asked_deed(q)
    if lemma is None:
        return None
    predicate = predicate_of(q.text)
    obj = stems(predicate.obj) if predicate is not None and predicate.obj else ()
    if not obj:
        return None
    article_id = asked_article(candidates, q.names)
    text = article_text(article_id) or ""
    words = {w.lower() for w in _WORD.findall(text)}
    if _written(lemma, words) or _told_otherwise(lemma, words, [text]):
        return None  # the deed is told: the usual answer says who
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == article_id), key=lambda c: -c.score)
    for c in own[:SCANNED]:
        if obj[-1] not in c.terms:
            continue
        for m in _NEGATED_PASSIVE.finditer(c.text):
            verb = next(g for g in m.groups() if g)
            if alike.similarity(lemma, verb.lower()) >= DENIED_ACT:
                return with_instead(c, own)
    return None
