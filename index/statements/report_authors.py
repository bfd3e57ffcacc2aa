"""A report's findings are its author's when the text says who wrote it.

    The footbridge was inspected on 9 October by the council's engineer, Ilse Varnum. A copy of her
    report is enclosed. In summary, the report found corrosion in four bearings. The report
    concluded: "..."

"The report found ..." is a finding (a document's verb, not a speech verb), and "the report" here is
the engineer's: the person the paragraph ties to it just before ("her report", "a report by X",
"X's report") speaks for it. With no author named, the report itself stays the speaker. Linear in
the paragraph's length.
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw
from index.statements.dates import find_time_phrases
from index.statements.speakers_np import Speaker
from index.vocabulary import vocabulary

# (the pipeline has no lemmatiser: the forms as written)
_FINDING_VERBS = {f"{stem}{end}" for stem in ("conclude", "recommend", "warn", "note", "state") for end in ("", "s", "d", "ed")} | {"find", "finds", "found"}
_THE_DOCUMENT = re.compile(r"^(?:the|this|that)\s+(?:\w+\s+)?(?P<noun>\w+)$", re.I)


def read(docs, bases: list[int], ctx) -> list[Raw]:
    """"The report found X" / "In summary, the review concluded that X": the document's (or its
    author's) findings, one per sentence."""
    nouns = vocabulary().documents
    out = []
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        for k, sent in enumerate(doc.sents):
            verb = sent.root
            if verb.lower_ not in _FINDING_VERBS or verb.pos_ != "VERB":
                continue
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is None or subj.lower_ not in nouns or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that")
                                                                    for c in subj.children):
                continue
            said = [c for c in verb.children if c.dep_ in ("ccomp", "dobj", "xcomp", "oprd")]
            if not said:
                continue
            first = min(t.i for c in said for t in c.subtree)
            end = sent.end_char - (1 if sent.text.rstrip()[-1:] in ".!?" else 0)
            written = " ".join(t.text for t in subj.subtree if t.i <= subj.i)
            written = written[:1].upper() + written[1:]
            # "The report, released last Thursday, found ...": the report's day, set beside its subject
            lead = doc.text[sent.start_char:doc[first].idx]
            times = [(Span(span.start + sent.start_char + tp.start, span.start + sent.start_char + tp.end), tp.text, False)
                     for tp in find_time_phrases(lead)]
            out.append(Raw(speaker=Speaker(written, written, generic=True), act=verb.text,
                           content=Span(span.start + doc[first].idx, span.start + end), quote_type="indirect",
                           span=Span(span.start + sent.start_char, span.start + sent.end_char), sentence=base + k, paragraph=pi,
                           times=times))
    return out


def authored(raws: list[Raw], docs, ctx) -> None:
    """Give each statement of "the report" the person its paragraph names as the report's author."""
    nouns = vocabulary().documents
    for r in raws:
        m = _THE_DOCUMENT.match(r.speaker.as_written.strip())
        if m is None or m.group("noun").lower() not in nouns or r.speaker.person is not None:
            continue
        span, doc = docs[r.paragraph]
        p = _author(ctx, doc.text, span.start, r.span.start - span.start, m.group("noun").lower())
        if p is not None:
            r.speaker = Speaker(p.name, r.speaker.as_written, person=p)
            continue
        # "..., according to a report by the provincial ombudsman. The report, released on Monday, found":
        # the office that wrote it, in this paragraph or the one before
        before = (docs[r.paragraph - 1][1].text + "\n" if r.paragraph else "") + doc.text[:r.span.start - span.start]
        office = _office(before, m.group("noun").lower())
        if office is not None:
            r.speaker = Speaker(office, r.speaker.as_written, generic=True)


def _office(text: str, noun: str) -> str | None:
    """The job that wrote the `noun` ("a report by the provincial auditor general" -> "the provincial
    auditor general"), when the words after "by" end in a job the vocabulary knows; else None."""
    v = vocabulary()
    found = list(re.finditer(rf"\b{noun}\s+(?:(?:written|prepared|compiled|published|released)\s+)?(?:by|from)\s+"
                             r"(?P<who>the\s+(?:[a-z][\w'’-]*\s+){0,3}[a-z][\w'’-]*)(?=\s*[,.;:]|\s+(?:on|in|last|this)\b|$)", text))
    if not found:
        return None
    who = found[-1].group("who")
    words = who.lower().split()
    return who if v.is_role(words[-1]) or (len(words) > 2 and v.is_role(" ".join(words[-2:]))) else None


def _author(ctx, text: str, base: int, at: int, noun: str):
    """The person the paragraph, before offset `at`, names as the author of its `noun`."""
    before = text[:at]
    people = [m for m in ctx.cast.mentions if base <= m.pos < base + at]
    if not people:
        return None
    own = list(re.finditer(rf"\b(?P<who>his|her)\s+(?:\w+\s+)?{noun}\b", before, re.I))
    if own:
        gender = "male" if own[-1].group("who").lower() == "his" else "female"
        named = [m.person for m in people if m.pos < base + own[-1].start() and m.person.gender in (None, gender)]
        return named[-1] if named else None
    by = list(re.finditer(rf"\b{noun}\s+(?:(?:written|prepared|compiled|carried out)\s+)?by\s+", before, re.I))
    if by:
        named = [m.person for m in people if base + by[-1].end() <= m.pos <= base + by[-1].end() + 60]
        return named[0] if named else None
    poss = list(re.finditer(rf"(?:'s|’s)\s+(?:\w+\s+)?{noun}\b", before))
    if poss:
        named = [m.person for m in people if m.pos < base + poss[-1].start()]
        return named[-1] if named else None
    return None
