"""A why-question that takes an act as done to all of something, where the article says part of it
is still in the opposite state.

    Why did the leisure trust reopen all of Dunmarrow's pools on Monday?
        "The trust reopened four of its six pools on Monday."
        "Two pools, at Kelso Road and Westgate, remain closed while engineers replace their boilers."
      -> "The articles do not say so; they report: Two pools ... remain closed ... [1] The trust
         reopened four of its six pools on Monday. [2]"

Also a vote the question calls unanimous ("why did the cabinet vote unanimously to close them?")
where the article gives its split ("voted four to two"): `split_vote`.

The question says "all" or "every" of the act's object; the article tells the act, and another of its
best sentences says the opposite act's state still holds ("remain closed", "are still shut": the
opposites are index/vocabulary.yaml `opposite_acts`). The contradicting sentence comes first.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate

SCANNED = 12
_ALL = re.compile(r"\b(?:all|every|each)\b", re.I)
_STILL = re.compile(r"\b(?:remain|remains|remained|still|stay|stays|stayed|kept)\b", re.I)
_NOT = re.compile(r"\b(?:not|no longer|never|n['’]t)\b", re.I)


def not_all(q, own: list[Candidate]) -> list[Candidate] | None:
    """[the sentence saying part is still in the opposite state, the sentence telling the act], or None."""
    p = q.predicate
    if q.kind != "why" or p is None or not own or not _all_of_object(q.text, p.lemma):
        return None
    from bot.answering.predicate import _parse, happened
    from index.vocabulary import vocabulary

    opposites = vocabulary().opposite_acts.get(p.lemma)
    if not opposites:
        return None
    told = next((c for c in own[:SCANNED] if happened(c.text, p.lemma) == "yes"), None)
    if told is None:
        return None  # nothing of the act told: the opposite act alone corrects it (premise_detail)
    for c in own[:SCANNED]:
        if c is told or not _STILL.search(c.text) or _NOT.search(c.text):
            continue
        # ("closed" is an adjective whose lemma the parser leaves as written: its verb's form counts)
        if any(t.pos_ in ("VERB", "ADJ", "AUX") and (t.lemma_.lower() in opposites or _form_of(t.lower_, opposites))
               for t in _parse(c.text)) \
                and happened(c.text, p.lemma) != "yes":
            return [c, told]
    return None


def _all_of_object(question: str, lemma: str) -> bool:
    """"reopen all of the pools", "reopened every branch": the quantifier is on what the act is done to."""
    from bot.answering.predicate import parse_question

    for t in parse_question(question):
        if t.lemma_.lower() != lemma:
            continue
        for obj in t.children:
            if obj.dep_ in ("dobj", "nsubjpass") and any(_ALL.fullmatch(w.text) for w in obj.subtree):
                return True
    return False


def _form_of(word: str, verbs) -> bool:
    """"closed" of "close", "shut" of "shut": the word is the verb with at most a past ending."""
    return any(" " not in v and word in (v, v + "d", v + "ed") for v in verbs)


# "unanimously", "unanimous", "without dissent", "all ... voted for": a vote with no one against.
_UNANIMOUS = re.compile(r"\b(?:unanimous(?:ly)?|without (?:a )?(?:dissent|vote against|opposition)|nem\.? con\.?|"
                        r"(?:every|each) (?:member|councillor|director|minister|one) (?:voted|backed|supported))", re.I)
_COUNT = r"(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|" \
         r"sixteen|seventeen|eighteen|nineteen|twenty)"
# "voted four to two", "by 15 votes to 6", "a 5-3 vote", "passed 7-2", "with three against"
_SPLIT = re.compile(rf"\b(?:{_COUNT})\s*(?:votes?\s+)?(?:to|-|–)\s*(?!0\b|nil\b|none\b|zero\b)(?:{_COUNT})\b(?!\s*(?:years?|months?|weeks?|days?|hours?|minutes?|per|%))|"
                    rf"\b(?:with|and)\s+(?:{_COUNT})\s+(?:against|opposed|voting against|abstaining|abstentions?)\b", re.I)
_VOTED = re.compile(r"\b(?:vot\w*|ballot\w*|motion|passed|carried|backed|approved|defeated|majority)\b", re.I)


def split_vote(q, own: list[Candidate]) -> list[Candidate] | None:
    """[the sentence giving the vote's split] for a why-question calling the vote unanimous, or None."""
    if q.kind != "why" or not own or not _UNANIMOUS.search(q.text):
        return None
    for c in own[:SCANNED]:
        if _UNANIMOUS.search(c.text):
            return None  # the article says it was unanimous after all
    for c in own[:SCANNED]:
        if _SPLIT.search(c.text) and _VOTED.search(c.text):
            return [c]
    return None
