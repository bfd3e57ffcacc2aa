"""A first-person post's own sentences: the writer's (a newsletter's host, a blogger, a columnist).

A newsletter or blog post whose byline names one writer tells its story in the first person ("We
lifted the first hives on ...", "I will send subscribers a note before Easter"). Those sentences
are the writer's statements, made when the post went out, though no verb of saying frames them. Only
a post whose narration (outside quotation marks, outside the interview's turns and the readers'
comments) says "I", "my" or "me" in two paragraphs or more counts: a news story's reporter rarely
does, and a sentence that already has a speaker keeps it. Linear in the post's tokens.
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw, quote_spans
from index.statements.speakers_np import Speaker
from index.textnorm import fold

_SINGULAR = {"i", "my", "me", "mine", "myself"}
_FIRST = _SINGULAR | {"we", "our", "us", "ours", "ourselves"}
# the writer's greeting to the readers ("Hello from the ridge, where ...", "Greetings from ...")
_GREETING = re.compile(r"^(?:hello|hi|greetings|good (?:morning|evening|afternoon)|dear (?:readers|friends|all|subscribers)|"
                       r"welcome back|writing to you)\b", re.I)
# how many paragraphs of first-person narration make a post written in the first person
_MIN_PARAGRAPHS = 2


def read(docs, bases: list[int], ctx, raws: list[Raw], skip: set[int]) -> list[Raw]:
    """The writer's first-person sentences that no one else is said to have said, or []."""
    if not ctx.author:
        return []
    taken = {r.sentence for r in raws}
    # a paragraph that gives someone else's words ("I put that to X on Monday. She said ...") is
    # reporting, and its day belongs to them
    others = {r.paragraph for r in raws if r.speaker.name != ctx.author}
    found, singular = [], 0
    for pi, (span, doc) in enumerate(docs):
        if pi in skip or doc.text.lstrip()[:1] in "\"“‘'":
            continue  # an answer, a comment, or a quotation's paragraph
        qs, _ = quote_spans(fold(doc.text))
        saying = False
        for k, sent in enumerate(doc.sents):
            own = [t for t in sent if t.lower_ in _FIRST and not any(a <= t.idx < b for a, b in qs)]
            if not own and not _GREETING.match(sent.text):
                continue
            saying = saying or any(t.lower_ in _SINGULAR for t in own)
            if bases[pi] + k in taken or pi in others or len(sent.text.split()) < 4:
                continue
            a, b = span.start + sent.start_char, span.start + sent.end_char
            found.append(Raw(speaker=_writer(ctx), act="wrote", content=Span(a, b), quote_type="direct",
                             span=Span(a, b), sentence=bases[pi] + k, paragraph=pi))
        singular += saying
    return found if singular >= _MIN_PARAGRAPHS else []


def merge(raws: list[Raw], own: list[Raw]) -> list[Raw]:
    """The article's statements with the writer's sentences (which hold no one else's)."""
    return sorted([*raws, *own], key=lambda r: (r.span.start, r.span.end)) if own else raws


def _writer(ctx) -> Speaker:
    known = ctx.cast.known(ctx.author)
    return Speaker(name=known.name if known else ctx.author, as_written="I", person=known)
