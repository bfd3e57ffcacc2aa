"""The body an answer names by its noun alone, named in full.

    Which organisation employs X?   "The trust's lead scientist, Dr X, said ..."
                                    -> also "Researchers from the Feldmark Coastal Research Trust have ..."

A story names a body in full once and then by its noun ("the trust", "the union's"). An answer to a
question asking for an organisation that cites only the noun has not said which body: the sentence
before it that writes the body's capitalised name with that noun is cited first.
"""

from __future__ import annotations

import re

from bot.answering.candidates import candidates_of
from bot.answering.hops import Hop, with_bridge
from index.models import Answer, ScoredChunk
from index.vocabulary import vocabulary

# "the trust's lead scientist", "the union's secretary": a person's body by its noun alone
_BY_NOUN = re.compile(r"\b[Tt]he\s+([a-z]+)['’]s\b")
# "Which organisation ...", "What body ...": any kind of body is asked for; "Which party" only a party
_ANY_BODY = frozenset("organisation organization body group institution employer".split())
_ASKED_NOUN = re.compile(r"\b(?:which|what)\s+([a-z]+)\b", re.I)


def _named_in_full(noun: str) -> re.Pattern:
    """"Feldmark Coastal Research Trust", "the Kurmi Market Traders Union": capitalised words ending in the noun."""
    return re.compile(rf"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*\s+(?:of\s+|for\s+|and\s+)?){{1,6}}{noun.capitalize()}\b")


def with_body_in_full(result: Answer, asks: str | None, corpus, question: str = "") -> Answer:
    """`result`, with the sentence naming in full the body its citations name only by noun, when
    the question asks for an organisation (of that kind, when it names one)."""
    if asks != "organisation" or result.abstained or not result.citations:
        return result
    first = result.citations[0]
    cited = " ".join(c.text for c in result.citations)
    nouns = [n for n in dict.fromkeys(m.group(1) for m in _BY_NOUN.finditer(cited)) if n in vocabulary().organisations]
    asked = _ASKED_NOUN.search(question)
    if asked is not None and asked.group(1).lower() in vocabulary().organisations and asked.group(1).lower() not in _ANY_BODY:
        nouns = [n for n in nouns if n == asked.group(1).lower()]
    if not nouns or any(_named_in_full(n).search(cited) for n in nouns):
        return result
    chunks = [c for c in corpus.chunks_of(first.article_id) if c.start < first.start]
    sentences = candidates_of([ScoredChunk(c, 1.0) for c in chunks])
    for noun in nouns:
        pattern = _named_in_full(noun)
        found = [s for s in sentences if s.span.end <= first.start and pattern.search(s.text)]
        if found:
            bridge = max(found, key=lambda s: s.span.start)  # the nearest before: the body meant
            name = pattern.search(bridge.text).group(0)
            return with_bridge(result, Hop("", name, bridge))
    return result
