"""A sentence of a round-up's item (a court round-up, news in brief: index/statements/round_up.py) is
read with its item: "Sergeant X told the court the accused had been co-operative" is about the
Westport driver its item's first line names, and about no case of another item. The item's words
count as the sentence's surroundings, as its paragraph's do."""

from __future__ import annotations

from collections.abc import Callable

from bot.answering.candidates import Candidate
from bot.answering.terms import stems
from index.statements import round_up


def with_item_scope(candidates: list[Candidate], article_of: Callable) -> None:
    """Give each candidate of a round-up's item the terms of that item (heading and lines)."""
    pages: dict[str, tuple] = {}
    for c in candidates:
        article_id = c.chunk.chunk.article_id
        if article_id not in pages:
            article = article_of(article_id)
            page = round_up.read(article) if article is not None and getattr(article, "subheadings", None) else None
            pages[article_id] = (article, page, {})
        article, page, kept = pages[article_id]
        if page is None or page.in_frame(c.span.start):
            continue
        k = page.item(c.span.start)
        if k not in kept:
            end = page.starts[k + 1] if k + 1 < len(page.starts) else len(article.text)
            kept[k] = frozenset(stems(" ".join(article.text[a:b] for a, b in _lines(article, page.starts[k], end, page))))
        c.scope = kept[k]


def _lines(article, start: int, end: int, page) -> list[tuple[int, int]]:
    """The item's heading and paragraphs, without the page's framing lines."""
    heads = [(s.start, s.end) for s in article.subheadings if s.start == start]
    paras = [(p.start, p.end) for p in article.paragraphs if start <= p.start < end and not page.in_frame(p.start)]
    return heads + paras
