"""What a sentence says none was found of, through a noun of finding.

    "We have had no reports of anyone missing or seriously hurt."   none of: anyone missing or seriously hurt
    "We have not found any sign of a chemical spill."               none of: a chemical spill
    "Tests found no evidence of tampering."                         none of: tampering

A noun of finding (index/vocabulary.yaml `absence_nouns`: sign, evidence, report ...) with "no", or
with "any" under a negated verb ("have not found any sign of"), denies what it is "of". Such a
sentence corrects a question that takes the thing as found ("Which chemical did they find had
killed the fish?", "How many people have been reported missing?"): it is no answer to it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.answering.terms import stems
from index.vocabulary import vocabulary

# People named by an indefinite pronoun: "no reports of anyone missing" counts nobody.
_ANYONE = frozenset("anyone anybody someone somebody one".split())
_CUE = re.compile(r"\b(?:no|not|never|without)\b|n['’]t\b", re.I)


@dataclass(frozen=True)
class Absence:
    noun: str  # what none was found of: its head's lemma, "nobody" for "anyone"
    thing: frozenset[str]  # stems of its phrase ("a chemical spill" -> chemical, spill)
    clause: frozenset[str]  # stems of the whole clause that says so


@lru_cache(maxsize=4096)
def absences(sentence: str) -> tuple[Absence, ...]:
    """Each thing the sentence says no sign, report or evidence was found of."""
    nouns = vocabulary().absence_nouns
    if not nouns or not _CUE.search(sentence) or not any(
            re.search(rf"\b{re.escape(n)}", sentence, re.I) for n in nouns):
        return ()  # no word of denial, or no noun of finding: spare the parse
    from bot.answering.predicate import _parse

    out = []
    for t in _parse(sentence):
        if t.pos_ != "NOUN" or t.lemma_.lower() not in nouns or not _found_none(t):
            continue
        of = next((c for c in t.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if obj is None:
            continue
        verb = _verb_of(t)
        noun = "nobody" if obj.lower_ in _ANYONE else obj.lemma_.lower()
        thing = frozenset(s for w in obj.subtree for s in stems(w.text))
        clause = frozenset(s for w in verb.subtree for s in stems(w.text)) if verb is not None else thing
        out.append(Absence(noun, thing, clause))
    return tuple(out)


def _found_none(t) -> bool:
    """"no sign", "without any sign"; "any sign" under a negated verb ("have not found any sign")."""
    dets = {c.lower_ for c in t.children if c.dep_ == "det"}
    if "no" in dets:
        return True
    if "any" not in dets:
        return False
    if t.head.lower_ == "without":
        return True
    verb = _verb_of(t)
    return verb is not None and any(c.dep_ == "neg" for c in verb.children)


def _verb_of(t):
    """The verb the noun hangs from: "found" in "have not found any sign of ..."."""
    v = t.head
    for _ in range(4):
        if v.pos_ in ("VERB", "AUX") or v.head is v:
            break
        v = v.head
    return v if v.pos_ in ("VERB", "AUX") else None


SCANNED = 12  # the asked article's best sentences read


def none_found_of_which(q, candidates: list) -> object | None:
    """"Which chemical did the officials find had killed the fish?" where the article asked about
    says "We have not found any sign of a chemical spill": that sentence, the thing asked which of
    being none found; else None. Only for "which N" / "what N" questions."""
    if q.kind != "what" or not candidates:
        return None
    from bot.answering.asked import which_head
    from bot.answering.afterwards import asked_article

    head = which_head(q.text) or _what_head(q.text)
    key = stems(head)[:1] if head else []
    if not key:
        return None
    article_id = asked_article(candidates, q.names)
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == article_id), key=lambda c: -c.score)
    noun = head.split()[-1]
    for c in own[:SCANNED]:
        if any(key[0] in a.thing for a in absences(c.text)) or _none_singled_out(c.text, noun):
            return c
    # With no name to pick the article by, the one that says none is singled out, if it shares the
    # question's other words ("the source of the nitrate").
    ranked = sorted(candidates, key=lambda c: -c.score)[:SCANNED * 2]
    for c in ranked:
        if len(set(q.terms) & c.terms) >= SHARED_ELSEWHERE and _none_singled_out(c.text, noun):
            return c
    return None


SHARED_ELSEWHERE = 3


def _none_singled_out(sentence: str, noun: str) -> bool:
    """"We have not traced it to any one farm", "no single supplier has been identified": no one of the
    things asked "which" of is picked out (read with a regex: no parse)."""
    n = re.escape(noun)
    return bool(re.search(
        rf"\b(?:not|never|n['’]t)\s+(?:yet\s+)?(?:[\w'’]+\s+){{0,4}}?any\s+(?:one|single|particular|specific|individual)\s+(?:[\w\-]+\s+){{0,2}}?{n}s?\b"
        rf"|\bno\s+(?:one|single|particular|specific|individual)\s+(?:[\w\-]+\s+){{0,2}}?{n}\s+(?:has|have|had|was|were|is|are)\b",
        sentence, re.I))


_WHAT_NOUN = re.compile(r"^\s*(?:and\s+)?what\s+([a-z][a-z\-]+)\s+(?:did|does|do|was|were|has|have|had|is|are)\b", re.I)


def _what_head(question: str) -> str | None:
    """"What chemical did they find": the noun after "what", when a verb follows it."""
    m = _WHAT_NOUN.match(question)
    return m.group(1).lower() if m else None
