"""A why-question whose act the article says was not done, in words that share little else with it.

    Why has the council decided to close the library?   "No decision has been taken."
    Why did the co-op have to recall butter?            "... no product was recalled, but ..."
    Why did the board approve the mast?                 "The mast has not yet been approved."

The act is one of the question's verbs; the sentence denies it by its participle ("no product was
recalled", "has not been approved") or by its noun ("no decision", "no approval") with nothing of
the act said anywhere else in the article's sentences read. Read only from the sentences' text: no
parse of a candidate sentence (the question's parse is its own)."""

from __future__ import annotations

import os
import re

from bot.answering.terms import stems

SCANNED = 20  # the asked article's best sentences read (a flat "No decision has been taken." scores low)
# Verbs too general to be the act asked ("why did they have to", "why was it done").
_LIGHT = frozenset("be have do get go make take say want need let come use try seem".split())
# Suffixes of a noun made from a verb: "decision", "approval", "agreement", "closure", "acceptance".
_NOUN_ENDS = ("ion", "al", "ment", "ure", "ance", "ence")
_NEGATED = re.compile(
    r"\bno\s+(?:[\w\-]+\s+){0,2}?([a-z]+)\s+(?:has|have|had|was|were|is|are)\s+(?:yet\s+)?(?:been\s+)?(?:being\s+)?([a-z]+)\b"
    r"|\b(?:has|have|had|was|were|is|are)\s+not\s+(?:yet\s+)?(?:been\s+)?([a-z]+)\b"
    r"|\b(?:hasn|haven|hadn|wasn|weren|isn|aren)['’]t\s+(?:yet\s+)?(?:been\s+)?([a-z]+)\b"
    r"|\b(?:has|have|had|is|are)\s+yet\s+to\s+(?:be\s+)?([a-z]+)\b"
    r"|\bno\s+([a-z]+)\b",
    re.I)
_NOT = re.compile(r"\b(?:not|no|never|nor|n['’]t|yet to)\b", re.I)


def _acts(q) -> frozenset[str]:
    from bot.answering.predicate import parse_question

    return frozenset(t.lemma_.lower() for t in parse_question(q.text)
                     if t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass") and t.lemma_.lower() not in _LIGHT)


def _noun_of(noun: str, act: str) -> bool:
    """"decision" for "decide", "approval" for "approve", "closure" for "close", "recall" for "recall";
    not "consultation" for "consider" (the shared start must be nearly the whole verb)."""
    noun = noun.lower()
    if noun == act:
        return True
    shared = len(os.path.commonprefix([noun, act]))
    return shared >= max(4, len(act) - 2) and noun.endswith(_NOUN_ENDS)


def _denies(text: str, act: str) -> bool:
    act_stems = set(stems(act))
    for m in _NEGATED.finditer(text):
        noun, participle = m.group(1), m.group(2)
        if noun and participle and (act_stems & set(stems(participle)) or _noun_of(noun, act)):
            return True  # "no product was recalled", "no decision has been taken"
        verb = m.group(3) or m.group(4) or m.group(5)
        if verb and act_stems & set(stems(verb)):
            return True  # "has not been approved", "is yet to be approved"
        bare = m.group(6)
        if bare and bare.lower() != act and _noun_of(bare, act):
            return True  # "no decision yet"
    return False


_KEPT_SHUT = re.compile(r"\b(?:stay|stayed|stays|remain|remained|remains|kept|keep|left)\s+(?:shut|closed)\b", re.I)
_REOPENED = re.compile(r"\b(?:reopen|reopened|reopens|re-opened|re-open)\b", re.I)


def reopened(q, own: list) -> list | None:
    """"Why did the bridge stay shut until the summer?" where the article says it was reopened: that
    sentence, else None."""
    if q.kind != "why" or not own or not _KEPT_SHUT.search(q.text) or _REOPENED.search(q.text):
        return None
    if any(_KEPT_SHUT.search(c.text) for c in own[:SCANNED]):
        return None  # "the library stayed closed until September, when it reopened": the premise is told
    found = [c for c in own[:SCANNED] if _REOPENED.search(c.text) and not _NOT.search(c.text)]
    return found[:1] or None


def not_done(q, own: list) -> list | None:
    """The asked article's sentence saying the question's act was not done, or None; not when a sentence
    read tells the act as done, nor for a question that asks why something was not done."""
    if q.kind != "why" or not own or _NOT.search(q.text):
        return None
    if (opened := reopened(q, own)) is not None:
        return opened  # "why did it stay shut until the summer" / "the county reopened the bridge on 21 February"
    acts = _acts(q)
    if not acts:
        return None
    read = own[:SCANNED]
    for act in sorted(acts):
        denying = [c for c in read if _denies(c.text, act)]
        if not denying:
            continue
        act_stems = set(stems(act))
        if any(act_stems & c.terms and not _NOT.search(c.text) for c in read):
            continue  # the act is told as done too ("the board approved the mast on Monday")
        return [denying[0]]
    return None
