"""A petition page's short lines are read with the petition's own words: "how many signed the petition
for free school meals" is answered by "10,482 signatures" and "who started it" by "Created by Ann
Roe", lines that name neither the petition nor its subject; the petition's title and text above them
(index/petition_page.py) count as their surroundings, as a paragraph's words do. Every other sentence
of the petition or of the response is read with the title too: a page's response says "the petition"
without repeating what it asks."""

from __future__ import annotations

import re
from collections.abc import Callable

from bot.answering.candidates import Candidate
from bot.answering.page_scopes import unscoped_with_layout
from bot.answering.terms import stems
from index import petition_page


def with_petition_scope(candidates: list[Candidate], article_of: Callable) -> None:
    """Give each candidate of a petition page the terms of the petition's title (and, on a short line of
    the page's own, of the petition's whole text)."""
    for c, (title, whole, short) in unscoped_with_layout(candidates, article_of, _layout):
        if title:
            c.scope = whole if any(a <= c.span.start < b for a, b in short) else title
            if _COUNT.match(c.text):  # "10,482 signatures": that many people signed it
                c.terms = c.terms | _SIGNED


_COUNT = re.compile(r"^\s*\d[\d,]*\s+signatures?\s*$", re.I)
_SIGNED = frozenset(stems("people signed supporters backed"))


def _layout(article) -> tuple:
    text = getattr(article, "text", None)
    found = petition_page.page(text) if text else None
    if found is None or not found.petition:
        return frozenset(), frozenset(), ()
    a, b = found.petition[0]
    title = frozenset(stems(text[a:b] + " petition"))
    whole = title | frozenset(stems(" ".join(text[x:y] for x, y in found.petition)))
    return title, whole, tuple(petition_page.kept_lines(text))


def with_petition_lines(passages: list, corpus) -> list:
    """`passages`, then the short lines of each retrieved petition page ("10,482 signatures", "Created
    by Ann Roe"): the words they share with a question are too few for the search to find them."""
    if not passages or not hasattr(corpus, "chunks_of"):
        return passages
    from index.models import ScoredChunk

    have = {sc.chunk.id for sc in passages}
    extra, seen = [], set()
    for sc in passages:
        article_id = sc.chunk.article_id
        if article_id in seen:
            continue
        seen.add(article_id)
        text = getattr(corpus.article(article_id), "text", None)
        lines = petition_page.kept_lines(text) if text else []
        for ch in corpus.chunks_of(article_id) if lines else ():
            if ch.id not in have and any(a <= ch.start < b for a, b in lines):
                have.add(ch.id)
                extra.append(ScoredChunk(ch, 0.0))
    return [*passages, *extra]
