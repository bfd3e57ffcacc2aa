"""An announcement's issuer gives its own outlook with no speech verb.

A company's, a fund's or a body's own announcement opens with it announcing ("X plc (AIM: XYZ)
announces ...", "X today announced ...", "X is pleased to announce ..."); its forecasts then stand
as bare sentences: "The Company does not expect the delay to change its output", "We anticipate
...", or a revised figure in the passive, "First output is now expected in 2027, rather than
2026", "Costs are now estimated at £9 million, up from £8 million". Each is the issuer's
statement. A passive forecast with no revision word ("Admission is expected at 8.00 a.m.") is a
timetable, not a forecast, and a sentence another speaker's statement covers stays theirs.
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw
from index.vocabulary import vocabulary

# the lede of an issuer's own announcement, not a story about one
_OWN_ANNOUNCEMENT = re.compile(r"\bannounces\b|\btoday announced\b|\bannounced today\b|\b(?:is|are) (?:pleased|delighted|proud) to\b|"
                               r"\b(?:today|hereby) (?:reports|confirms|provides|publishes)\b|\bprovides an? (?:update|trading update)\b",
                               re.I)
_BULLET = re.compile(r"^[\s\-–—•·*]+")
LEDE_PARAGRAPHS = 3


def read(docs, bases: list[int], raws: list[Raw]) -> list[Raw]:
    """The issuer's forecasts, one per sentence, when the article is its own announcement."""
    issuer = _issuer(raws, docs)
    if issuer is None:
        return []
    v = vocabulary()
    own_words = {w.lower() for w in re.findall(r"[\w'’-]+", issuer.speaker.name) if w[:1].isupper()} | set(v.issuer_self_nouns) | {"we"}
    taken = {r.sentence for r in raws}
    out = []
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        text = doc.text
        for k, sent in enumerate(doc.sents):
            if base + k in taken or not _forecast(sent, own_words, v):
                continue
            a = sent.start_char + (m.end() if (m := _BULLET.match(sent.text)) else 0)
            b = sent.end_char
            while b > a and text[b - 1].isspace():
                b -= 1
            out.append(Raw(issuer.speaker, "stated", Span(span.start + a, span.start + b), "indirect",
                           Span(span.start + a, span.start + b), base + k, pi))
    return out


def _issuer(raws: list[Raw], docs) -> Raw | None:
    """The body whose own announcement the article is: the speaker that announces in the lede."""
    for r in raws:
        if r.paragraph >= LEDE_PARAGRAPHS or r.speaker.person is not None or r.speaker.generic:
            continue
        span, doc = docs[r.paragraph]
        sentence = doc.text[r.span.start - span.start:r.span.end - span.start]
        if r.act == vocabulary().past("announce") and _OWN_ANNOUNCEMENT.search(sentence):
            return r
    return None


def _forms(verb: str) -> set[str]:
    """A regular verb's forms (the parse carries no lemmas): "estimate" -> estimates, estimated."""
    stem = verb[:-1] if verb.endswith("e") else verb
    return {verb, verb + "s", stem + "ed", stem + "ing", verb + "ed"}


def _forecast(sent, own_words: set[str], v) -> bool:
    """Whether `sent` is a forecast of the issuer's: a forecast verb whose subject is the issuer,
    or a revised forecast in the passive."""
    root = sent.root
    if root.pos_ not in ("VERB", "AUX") or not any(root.lower_ in _forms(w) for w in v.forecast_verbs):
        return False
    kids = list(root.children)
    subj = next((c for c in kids if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.dep_ == "nsubj":
        return subj.lower_ in own_words
    if subj is None or not any(c.dep_ == "auxpass" for c in kids):
        return False
    text = " " + sent.text.lower() + " "
    return any(re.search(rf"\b{re.escape(m)}\b", text) for m in v.revision_markers)
