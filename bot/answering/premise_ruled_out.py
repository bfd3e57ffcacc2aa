"""A why-question about a named person doing something to come, where the article says they will not.

    Why is Ewan Drysdale starting the cup tie on Saturday?
        "Ewan won't travel. ... He told me on Monday he'd be fine for the weekend, but I'm not risking him."
      -> "The articles do not say so; they report: Ewan won't travel. ..."

    Why will Mira Oakes lead the delegation next week?
        "Oakes will not be part of the delegation, the ministry said."

    Why did the studio agree to re-edit the film?
        "the studio's managing director said the company would not cut a single scene."
      -> `refused_instead`: the body asked about refuses, in whatever words, what the question says it agreed to

The person's own hope ("he'd be fine") is not what decides: the sentence in which the person, by
name, is the subject of a negated act to come (will not, won't, cannot) says the premise is wrong,
whatever that act's verb. The caller has found no sentence telling the act asked about.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate

SCANNED = 12
# Auxiliaries of an act still to come, as spaCy's lemmas give them ("wo" is "won't"'s first half).
_TO_COME = frozenset("will wo shall can ca be going".split())


def ruled_out(q, own: list[Candidate]) -> Candidate | None:
    """The best of the asked article's sentences (`own`, best first) in which the question's
    subject, a named person, is the subject of a negated act to come; else None."""
    p = q.predicate
    if p is None or p.past or not q.names:
        return None
    person = _subject_names(q)
    if not person:
        return None
    from bot.answering.predicate import _parse
    from bot.answering.terms import stems
    from index.vocabulary import vocabulary

    speech = set(vocabulary().speech_forms())
    for c in own[:SCANNED]:
        if not person & c.terms:
            continue
        for t in _parse(c.text):
            if t.dep_ not in ("nsubj", "nsubjpass") or t.pos_ != "PROPN" or not set(stems(t.text)) & person:
                continue
            verb = t.head
            children = list(verb.children)
            if verb.lemma_.lower() in speech or not any(ch.dep_ == "neg" for ch in children):
                continue
            if any(ch.dep_ in ("aux", "auxpass") and ch.lemma_.lower() in _TO_COME for ch in children):
                return c
    return None


def _subject_names(q) -> set[str]:
    """The stems of the question's subject that are names ("Ewan Drysdale" in "why is Ewan Drysdale starting")."""
    from bot.answering.predicate import parse_question
    from bot.answering.terms import stems

    names = set(q.names)
    found: set[str] = set()
    for t in parse_question(q.text):
        if t.dep_ in ("nsubj", "nsubjpass"):
            found.update(s for w in t.subtree if w.pos_ == "PROPN" for s in stems(w.text) if s in names)
    return found


# "Why did the studio agree to re-edit ...": the one who agreed (its last word) and the act agreed to.
_AGREED = re.compile(r"^\s*(?:and\s+)?why\s+(?:did|has|have|had)\s+(?:the\s+)?((?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)\s+"
                     r"(?:agree|agreed|consent|consented|accept|accepted|promise|promised|offer|offered)\s+to\b", re.I)
_REFUSES = re.compile(r"\b(?:would|will|could|did|does)\s+not\s+(?:be\s+)?(\w+)|\b(?:wouldn['’]t|won['’]t|didn['’]t|"
                      r"doesn['’]t)\s+(\w+)|\b(?:refused|refuses|declined|declines)\s+to\s+(\w+)|\bhas\s+no\s+plans?\s+to\s+(\w+)",
                      re.I)
_SAID_AGREED = re.compile(r"\b(?:agreed|consented|accepted)\s+to\b", re.I)


def refused_instead(q, own: list[Candidate]) -> list[Candidate] | None:
    """[the best sentence in which the one the question says agreed to something refuses an act], or
    None. Not a refusal to tell ("would not say", "declined to comment"): that withholds, it refuses nothing."""
    m = _AGREED.match(q.text)
    if m is None or q.kind != "why" or not own:
        return None
    from bot.answering.terms import stems
    from index.vocabulary import vocabulary

    who = stems(m.group(1).split()[-1])
    if not who:
        return None
    telling = vocabulary().disclosure_verbs | {"comment", "rule", "know", "immediately"}
    mine = [c for c in own[:SCANNED] if who[-1] in c.terms]
    if any(_SAID_AGREED.search(c.text) for c in mine):
        return None  # the agreement is told
    for c in mine:
        for r in _REFUSES.finditer(c.text):
            verb = next(g for g in r.groups() if g)
            if not set(stems(verb)) & telling and verb.lower() not in telling:
                return [c]
    # "Why did the distributor agree to keep ...?" / "... the one thing he didn't move on": a refusal to
    # concede, said of the one who agreed by a pronoun in another's words, in the article that names them.
    if mine:
        held = next((c for c in own[:SCANNED] if c not in mine and _HELD_FIRM.search(c.text)), None)
        if held is not None:
            return [held]
    return None


# Not conceding, in a negotiation's words: "didn't move on freight", "would not budge", "refused to give ground".
_HELD_FIRM = re.compile(r"\b(?:he|she|they|it|we)\s+(?:(?:did|would|will|could|does|do)\s+not|didn['’]t|wouldn['’]t|won['’]t|"
                        r"couldn['’]t|doesn['’]t|don['’]t|refused\s+to|declined\s+to)\s+(?:move|moved|budge|shift|give\s+ground|"
                        r"give\s+way|back\s+down|bend)\b", re.I)
