"""A crowdfunding page's words by layout (index.fundraiser_page): the story is its organiser's, an
update is the words of the person its line says it is by, a comment is its donor's ("Anonymous":
someone unnamed) and has no knowable day. A sentence in them that reports another speaker ("says
our team leader, NAME", "the insurer has told us ...") stays that speaker's; the story's reported
words were said by the day the page was created.
"""

from __future__ import annotations

import re

from index import datelines, fundraiser_page, post_stamps
from index.models import Article, Span
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold

_BY = re.compile(r"\bby\s+(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)*)\s*$")
_UPDATE = re.compile(r"^\s*update\b[^\n]{0,12}[·•|–—-][^\n]*\d{4}[^\n]*$", re.M | re.I)
_FIRST_PERSON = {"i", "we", "me", "us", "my", "our"}


def read(article: Article, docs, bases: list[int], ctx) -> list[Raw]:
    page = fundraiser_page.page(article.text)
    if page is None:
        return []
    text = fold(article.text)
    parts = []  # (start, end, speaker, stamped)
    if page.organiser:
        parts.append((page.story[0], page.story[1], _speaker(page.organiser, ctx), (None, page.created) if page.created else None))
    updates = list(_UPDATE.finditer(text))
    stops = sorted([m.start() for m in updates] + [c.head for c in page.comments]
                   + [m.start() for m in re.finditer(r"(?im)^\s*(?:words of support|comments|donations)\b.*$", text)] + [len(text)])
    for m in updates:
        by = _BY.search(m.group(0))
        if by:
            day = next((p.day for p in post_stamps.posts(article.text) if p.start < m.end() <= p.end), None) \
                or datelines.full_date(m.group(0))
            parts.append((m.end(), next(s for s in stops if s > m.start()), _speaker(by.group("name"), ctx), (None, day) if day else None))
    for c in page.comments:
        who = Speaker(name="anonymous donor", as_written=c.name, generic=True) if c.name.lower() == "anonymous" \
            else _speaker(c.name, ctx)
        parts.append((c.body, c.end, who, (None, None)))
    out: list[Raw] = []
    for start, end, who, stamped in parts:
        for pi, (span, doc) in enumerate(docs):
            if span.end <= start or span.start >= end:
                continue
            for si, sent in enumerate(doc.sents):
                a, b = span.start + sent.start_char, span.start + sent.end_char
                a, b = max(a, start), min(b, end)
                words = article.text[a:b]
                if b - a < 8 or not re.search(r"[^\W\d_]{2}", words) or _signature(words, who):
                    continue
                a += len(words) - len(words.lstrip())
                b = a + len(article.text[a:b].rstrip())
                raw = Raw(speaker=who, act="wrote", content=Span(a, b), quote_type="direct", span=Span(a, b),
                          sentence=bases[pi] + si, paragraph=pi)
                raw.stamped = stamped
                out.append(raw)
    return out


def merge(raws: list[Raw], paged: list[Raw], article: Article) -> list[Raw]:
    """The article's statements with the page's: a sentence reporting someone else stays theirs
    (a comment's, without a day); the page's writer keeps the rest."""
    if not paged:
        return raws
    page = fundraiser_page.page(article.text)
    undated = [(c.body, c.end) for c in page.comments] if page else []
    kept = []
    for r in raws:
        if fold(r.speaker.as_written).lower().strip() in _FIRST_PERSON:
            continue
        if any(a <= r.content.start < b for a, b in undated):
            r.stamped = (None, None)
        kept.append(r)
    taken = [(r.content.start, r.content.end) for r in kept]
    own = [r for r in paged if not any(a < r.content.end and r.content.start < b for a, b in taken)]
    return sorted([*kept, *own], key=lambda r: (r.span.start, r.span.end))


def _speaker(name: str, ctx) -> Speaker:
    known = ctx.cast.known(name)
    return Speaker(name=known.name, as_written=name, person=known) if known else Speaker(name=name, as_written=name)


def _signature(words: str, who: Speaker) -> bool:
    """"Thank you. — NAME, team secretary": the story's foot, no statement."""
    return bool(re.match(r"^\s*[—–-]", words)) or who.as_written in words and len(words.split()) <= 8 and "—" in words
