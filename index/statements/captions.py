"""A video page's caption transcript (index.caption_pages reads its layout): every caption line is
the words of the speaker its chapter names, said on the page's day; the comments under it are
their handles' (index.statements.posts reads them) and carry no day: "2 weeks ago" counts back
from the day the page was saved, which the page does not give.
"""

from __future__ import annotations

from index import caption_pages
from index.models import Span
from index.statements.attribution import Raw
from index.statements.nlp import worded_sentences
from index.statements.speakers_np import Speaker


def read(article, docs, bases: list[int], ctx) -> list[Raw]:
    """One statement for each caption line with a speaker (a line is a passage of its own)."""
    page = caption_pages.read(article.text)
    if page is None:
        return []
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        cue = next((c for c in page.cues if c.start <= span.start < c.end), None)
        if cue is None or cue.speaker is None:
            continue
        known = ctx.cast.known(cue.speaker)
        who = Speaker(name=known.name, as_written=cue.speaker, person=known) if known else Speaker(name=cue.speaker, as_written=cue.speaker)
        for k, a, b in worded_sentences(doc):
            a = max(a, cue.body - span.start)  # ("00:04:10 thanks chair ...": the time is no word of theirs)
            if b - a < 3:
                continue
            raw = Raw(speaker=who, act="said", content=Span(span.start + a, span.start + b), quote_type="direct",
                      span=Span(span.start + a, span.start + b), sentence=bases[pi] + k, paragraph=pi)
            # said on the page's day: "starting Monday" in a caption is what they will do, not when they spoke
            raw.stamped = (None, page.day) if page.day else None
            out.append(raw)
    return out


def merge(raws: list[Raw], captions: list[Raw], article) -> list[Raw]:
    """The article's statements with the captions': a caption line is its chapter's speaker's, save
    a person it names as speaking; a comment below the transcript has no day."""
    page = caption_pages.read(article.text)
    if page is None:
        return raws
    for r in raws:
        if r.span.start >= page.end and r.stamped is None:
            r.stamped = ("", None)  # a comment: its age counts from a day the page does not give
    if not captions:
        return raws
    inside = {r.paragraph for r in captions}
    kept = [r for r in raws if r.paragraph not in inside or r.speaker.person is not None]
    taken = [(r.span.start, r.span.end) for r in kept if r.paragraph in inside]
    added = [r for r in captions if not any(a < r.span.end and r.span.start < b for a, b in taken)]
    return sorted([*kept, *added], key=lambda r: (r.span.start, r.span.end))
