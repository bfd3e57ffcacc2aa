"""An estimate told as "put X at AMOUNT": "Farmer X put his losses at more than £40,000", "The
company puts the cost of repairs at $2 million". The subject gave that figure, so the sentence is
its statement, dated by the verb's own time phrase. Only a figure after "at" (a money sum, a count,
a share): "put the blame on the council" tells a stance, no figure.
"""

from __future__ import annotations

from index.models import Span
from index.statements.attribution import Raw, _times
from index.statements.speakers_np import speaker_of

# (forms as written: the pipeline's lemmas are not read here)
_PUT = {"put", "puts", "putting"}
_FIGURES = {"MONEY", "CARDINAL", "PERCENT", "QUANTITY"}


def read(docs, bases: list[int], ctx) -> list[Raw]:
    """The statements of main clauses that put a thing at a figure."""
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        for k, sent in enumerate(doc.sents):
            verb = sent.root
            if verb.lower_ not in _PUT or not any(c.dep_ == "dobj" for c in verb.children):
                continue
            figure = next((o for c in verb.children if c.dep_ == "prep" and c.lower_ == "at"
                           for o in c.children if o.dep_ == "pobj" and (o.ent_type_ in _FIGURES or o.like_num)), None)
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if figure is None or subj is None:
                continue
            who = speaker_of(ctx, subj, span.start + subj.idx, bases[pi] + k)
            if who is None:
                continue
            end = sent.end_char
            while end > sent.start_char and doc.text[end - 1] in " .!?\n":
                end -= 1
            raw = Raw(speaker=who, act="said", content=Span(span.start + sent.start_char, span.start + end),
                      quote_type="indirect", span=Span(span.start + sent.start_char, span.start + sent.end_char),
                      sentence=bases[pi] + k, paragraph=pi)
            raw.times = _times(verb, subj, set(), set(), span)
            out.append(raw)
    return out
