"""A why-question that takes a thing as refused or missing where the article tells it as had.

    Why did the minister reject an independent review?   "The review will be led by an engineer from
                                                         outside the department, so it will be independent."
    Why was the cyclist riding without lights?           "He was wearing a helmet and lights."
    Why did the strike end without any pay rise?         "The men went back for 15 cents more."

The question refuses, rejects or turns down a thing (index/vocabulary.yaml `denial_verbs`), or has
someone do something "without" it; no line of the article uses that verb, and a line names the
thing (with the question's adjective, when it has one: "independent") other than as lacking. That
line corrects the premise. A rise "without" which something ended is had where a line gives a sum
more ("for 15 cents more", "an extra £2 a week") or a rise of a sum. A line with the verb beside the thing (or after a line naming it) may tell the refusal: then nothing is corrected. Only the question is parsed; the article's lines are read by their words.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems
from index.vocabulary import vocabulary

SCANNED = 12
_WITHOUT = re.compile(r"\bwithout\s+(?:(?:a|an|any|the|his|her|their|its)\s+)?([^\W\d_][\w\-]*)", re.I)
# "wearing lights", "with a helmet and lights", "had his lights on": the thing had.
_HAD = r"\b(?:with|wearing|wore|worn|had|has|have|having|carrying|carried|using|used|fitted|equipped)\b"
# a rise the question says was lacking ("without any pay rise", "without a raise")
_RISE_LACKED = re.compile(r"\bwithout\s+(?:(?:a|an|any)\s+)?(?:[\w\-]+\s+)?(?:rise|raise|increase|increment)\b", re.I)
# a rise told as had: "for 15 cents more", "an extra £2 a week", "a rise of 4%"
_SUM = r"(?:[$€£¥₹]\s?)?\d[\d,.]*\s*(?:%|per\s+cent|percent|cents?|pence|p|dollars?|pounds?|euros?)?"
_RISE_HAD = re.compile(rf"{_SUM}\s+(?:more|extra)\b|\b(?:an\s+)?extra\s+{_SUM}|\b(?:rise|raise|increase)\s+of\s+{_SUM}", re.I)
_LACKING = re.compile(r"\b(?:without|no|not|never|nor|lacking|lacked|n['’]t)\b", re.I)


def granted_after_all(q, own: list[Candidate]) -> list[Candidate] | None:
    """The line that tells as had what the why-question takes as refused or lacking; else None.
    `own`: the asked article's candidate sentences, best first."""
    best = own[:SCANNED]
    if _RISE_LACKED.search(q.text):
        return _rise_had(best)
    without = _WITHOUT.search(q.text)
    if without is not None:
        return _had(without.group(1), best)
    refused = _refused_thing(q.text)
    if refused is None:
        return None
    verb, noun, adjectives = refused
    key = stems(noun)[:1]
    if not key or any(verb <= c.terms and _near(c, key[0], own) for c in own):
        return None  # "rejected calls for an inquiry", "... an inquiry. He rejected it": the refusal may well be told
    naming = [c for c in best if key and key[0] in c.terms and not _lacks(c.text, noun)]
    described = [c for c in naming if adjectives & c.terms]
    found = (described or ([] if adjectives else naming))[:1]
    if not found:
        return None
    # "Why did the council turn down the grant?" / "... announces a grant" and, entries later, "the
    # council will contribute ...": what the asked doer did about the thing had comes after it.
    answer = _doer_after(q.text, found[0], own)
    return found + ([answer] if answer is not None else [])


AFTER = 4  # paragraphs after the granted line read for what the doer did about it


def _doer_after(question: str, granted: Candidate, own: list[Candidate]) -> Candidate | None:
    from bot.answering.predicate import parse_question

    doer = {s for t in parse_question(question) if t.dep_ == "nsubj" and t.head.dep_ == "ROOT" and t.pos_ == "NOUN"
            for s in stems(t.text)}
    if not doer:
        return None
    chunk = granted.chunk.chunk
    later = sorted((c for c in own if c.chunk.chunk.article_id == chunk.article_id
                    and 0 < c.chunk.chunk.paragraph - chunk.paragraph <= AFTER and doer <= c.terms
                    and _acts(c.text, doer)),
                   key=lambda c: (c.chunk.chunk.paragraph, c.span.start))
    return later[0] if later else None


def _acts(sentence: str, doer: set[str]) -> bool:
    """The doer is the subject of a deed in the sentence ("the council will contribute"), not of a
    saying ("the council said the path was due ..."), which tells nothing it did about the thing."""
    from bot.answering.predicate import _parse

    said = vocabulary().speech_forms()
    return any(t.dep_ == "nsubj" and set(stems(t.text)) & doer and t.head.pos_ == "VERB"
               and t.head.lower_ not in said and t.head.lemma_.lower() not in said for t in _parse(sentence))


def _near(c: Candidate, key: str, own: list[Candidate]) -> bool:
    """The sentence, or the one before it in its paragraph, names the thing."""
    if key in c.terms:
        return True
    before = [o for o in own if o.chunk.chunk.id == c.chunk.chunk.id and o.span.end <= c.span.start]
    return bool(before) and key in max(before, key=lambda o: o.span.start).terms


def _had(noun: str, best: list[Candidate]) -> list[Candidate] | None:
    key = stems(noun)[:1]
    if not key:
        return None
    had = re.compile(_HAD + r"(?:\s+[\w\-,]+){0,5}?\s+" + re.escape(noun), re.I)
    for c in best:
        m = had.search(c.text)
        if m is not None and not _LACKING.search(c.text[max(0, m.start() - 12):m.end()]):
            return [c]
    return None


def _rise_had(best: list[Candidate]) -> list[Candidate] | None:
    """The first line giving a sum more, not as lacking or only demanded ("demanding 30 cents more")."""
    for c in best:
        m = _RISE_HAD.search(c.text)
        if m is None or re.search(r"\d", m.group(0)) is None:
            continue
        before = c.text[max(0, m.start() - 30):m.start()]
        if _LACKING.search(before) or re.search(r"\b(?:demand\w*|asking|asked|sought|seeking|wanted|wanting|calls?\s+for|"
                                                r"claim\w*|offer\w*)\s*(?:for\s+)?$", before, re.I):
            continue  # "demanding 30 cents more": only sought
        return [c]
    return None


def _lacks(sentence: str, noun: str) -> bool:
    """"no review", "without a grant", "not an independent review": the noun named as lacking."""
    return bool(re.search(rf"{_LACKING.pattern}(?:\s+[\w\-]+){{0,2}}?\s+{re.escape(noun)}", sentence, re.I))


def _refused_thing(question: str) -> tuple[frozenset[str], str, frozenset[str]] | None:
    """(the stems of the refusing verb, its object noun, the stems of the noun's adjectives) of "why did
    X reject / turn down / refuse N", else None."""
    from bot.answering.predicate import question_root, verb_forms

    root = question_root(question)
    if root is None or root.pos_ != "VERB":
        return None
    lemma, verb = verb_forms(root)
    if verb not in vocabulary().denial_verbs:
        return None
    obj = next((c for c in root.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None:
        return None
    adjectives = frozenset(s for c in obj.children if c.dep_ == "amod" for s in stems(c.text))
    return frozenset(stems(lemma)), obj.lower_, adjectives
