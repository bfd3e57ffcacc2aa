"""Labels over quotations inside a running report's paragraphs, as pool reports and notes write
them: a speaker label ("Gov: \"...\"", "Halsteren: \"...\"", "Gov to owner, per pool: \"...\"") and
a topic label ("On a state disaster declaration: \"...\"") under a line telling who took the
questions ("Gov took questions on sidewalk. Quotes below").

A speaker label is a surname the cast knows (of the one person of that surname named in the
paragraph, or in the text) or a bare title the text introduced a person with (`bare_titles`). A
topic label's words are those of the subject of the last sentence before it, within three
paragraphs, that has someone take, answer or field questions.
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold

# after a paragraph's start or a sentence's end: Label[ to someone][, per someone]: "quotation"
_SPEAKER_LABEL = re.compile(r'(?:^|(?<=[.!?"]\s))(?P<label>[A-Z][\w\'’-]+)\.?(?: to [\w ]{1,30}?)?(?:, per [\w ]{1,20})?:\s*'
                            r'"(?P<quote>[^"]{8,})"')
_TOPIC_LABEL = re.compile(r'(?:^|(?<=[.!?"]\s))On (?P<topic>[^:",\n]{3,100}):\s*"(?P<quote>[^"]{8,})"')
_QUESTIONS = re.compile(r"\b(?:took|take|takes|answered|fielded|taking)\b[^.]{0,20}\bquestions\b", re.I)
_TOPIC_REACH = 3


def read(docs, bases: list[int], ctx, titled: dict[str, object]) -> list[Raw]:
    """The labelled quotations of the text."""
    out: list[Raw] = []
    asker: tuple[int, Speaker] | None = None  # (paragraph, speaker) of the last "took questions"
    for pi, (span, doc) in enumerate(docs):
        text = fold(doc.text)
        for sent in doc.sents:
            if _QUESTIONS.search(sent.text):
                # the subject: as parsed, else the first capitalised word that names someone ("11:09 am --
                # Gov took questions": a clock time before it may throw the parse)
                first = [t for t in sent if t.dep_ == "nsubj" and t.head.i == sent.root.i] + [t for t in sent if t.text[:1].isupper()]
                who = next((w for t in first if (w := _person(t.text, span.start + t.idx, ctx, titled, span)) is not None), None)
                if who is not None:
                    asker = (pi, who)
        m = _TOPIC_LABEL.search(text)
        if m is not None and asker is not None and pi - asker[0] <= _TOPIC_REACH:
            out.append(_raw(asker[1], span, m, bases[pi], pi))
            continue
        for m in _SPEAKER_LABEL.finditer(text):
            who = _person(m.group("label"), span.start + m.start(), ctx, titled, span)
            if who is not None:
                out.append(_raw(who, span, m, bases[pi], pi))
    return out


def labels(text: str) -> list:
    """The label matches of a paragraph's (folded) text, whoever they name."""
    return [m for m in [_TOPIC_LABEL.search(text)] if m] + list(_SPEAKER_LABEL.finditer(text))


def _raw(who: Speaker, span, m, sentence: int, pi: int) -> Raw:
    a, b = m.start("quote"), m.end("quote")
    while b > a and m.string[b - 1] in " ,;":
        b -= 1
    return Raw(speaker=who, act="said", content=Span(span.start + a, span.start + b), quote_type="direct",
               span=Span(span.start + m.start(), span.start + m.end()), sentence=sentence, paragraph=pi)


def _person(label: str, pos: int, ctx, titled: dict[str, object], span) -> Speaker | None:
    """Who a one-word label stands for: a bare title's holder, or the person of that surname (the
    one named in the paragraph, when the text names two)."""
    word = label.rstrip(".")
    p = titled.get(word.lower())
    if p is None:
        same = [q for q in ctx.cast.people if len(q.name.split()) >= 2 and q.name.split()[-1] == word]
        if len(same) > 1:
            named = {m.person.name for m in ctx.cast.mentions if span.start <= m.pos < pos}
            same = [q for q in same if q.name in named]
        p = same[0] if len(same) == 1 else None
    return Speaker(name=p.name, as_written=label, person=p) if p is not None else None


def merge(raws: list[Raw], labelled: list[Raw]) -> list[Raw]:
    """The statements, the labelled quotations in place of whatever was read of the same words."""
    if not labelled:
        return raws
    kept = [r for r in raws if not any(r.content.start < x.content.end and x.content.start < r.content.end for x in labelled)]
    return sorted([*kept, *labelled], key=lambda r: (r.span.start, r.span.end))
