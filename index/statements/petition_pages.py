"""A parliament's petition page pasted as text, with the government's response.

The petition comes first: its title (an action, "Require councils to ..."), its text in the first
person ("We want the Government to ...", "I started this petition ...") and a "More details"
paragraph; its author is named only BELOW it, on a "Created by NAME" line, among the page's
furniture ("This petition is open for signatures", "12,406 signatures", "Show on a map"). Then the
response, under "Government responded" and "This response was given on DATE": a summary paragraph
and paragraphs in the government's voice ("The Government recognises ...", "we understand"),
signed by a department's name on a line of its own below them. The petition's text is its
creator's; the response is the signing department's (else "the Government"'s), said on the day the
response was given. A body the response reports ("X confirmed at a meeting on DATE that") stays
that body's, with its own day. Boxes after the response ("Other parliamentary business",
"Parliament debated this topic") are read as any report. Linear in the page's lines.
"""

from __future__ import annotations

from index.models import Article, Span
from index.petition_page import page
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold

def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    """The petition's sentences as its creator's (no day of their own); the response's as the
    department's or the Government's, on the day it was given."""
    found = page(article.text)
    if found is None:
        return []
    known = ctx.cast.known(found.creator)
    creator = Speaker(name=known.name, as_written=found.creator, person=known) if known else Speaker(name=found.creator, as_written=found.creator)
    voice = Speaker(name=found.signer, as_written=found.signer, generic=found.signer == "the Government")
    parts = [(a, b, creator, (None, None)) for a, b in found.petition] + [(a, b, voice, (None, found.given)) for a, b in found.response]
    out: list[Raw] = []
    for a, b in found.petition:  # the title, above the story's paragraphs: its action, in the creator's words
        if not any(span.start < b and a < span.end for span, _ in docs) and len(article.text[a:b].split()) >= 3:
            raw = Raw(speaker=creator, act="wrote", content=Span(a, b), quote_type="direct", span=Span(a, b), sentence=0, paragraph=0)
            raw.stamped = (None, None)
            out.append(raw)
    for pi, (span, doc) in enumerate(docs):
        for si, sent in enumerate(doc.sents):
            a, b = span.start + sent.start_char, span.start + sent.end_char
            for start, end, who, stamped in parts:
                if end <= a or start >= b:
                    continue
                x, y = max(a, start), min(b, end)
                words = article.text[x:y]
                if y - x < 8 or len(words.split()) < 3:
                    continue
                x += len(words) - len(words.lstrip())
                y = x + len(article.text[x:y].rstrip())
                raw = Raw(speaker=who, act="wrote" if who is creator else "said", content=Span(x, y), quote_type="direct",
                          span=Span(x, y), sentence=bases[pi] + si, paragraph=pi)
                raw.stamped = stamped
                out.append(raw)
    return out


def merge(raws: list[Raw], paged: list[Raw], article: Article) -> list[Raw]:
    """The page's reading replaces the parser's inside the petition and the response, but a speaker
    the sentence names ("The X Association confirmed ... that") keeps its words there."""
    if not paged:
        return raws
    found = page(article.text)
    spans = [*found.petition, *found.response]

    def inside(pos: int) -> bool:
        return any(a <= pos < b for a, b in spans)

    def named_there(r: Raw) -> bool:
        written = fold(r.speaker.as_written).strip()
        low = written.lower()
        return (written[:1].isupper() and low not in ("i", "we", "it", "they", "the government", "government")
                and "government" not in low and written in fold(article.text[r.span.start:r.span.end]))

    kept = [r for r in raws if not inside(r.content.start) or named_there(r)]
    taken = [(r.content.start, r.content.end) for r in kept]
    own = [r for r in paged if not any(a < r.content.end and r.content.start < b for a, b in taken)]
    return sorted([*kept, *own], key=lambda r: (r.span.start, r.span.end))
