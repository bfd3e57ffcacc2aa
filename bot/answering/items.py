"""A sentence of a round-up's item (a court round-up, news in brief: index/statements/round_up.py) is
read with its item: "Sergeant X told the court the accused had been co-operative" is about the
Westport driver its item's first line names, and about no case of another item. The item's words
count as the sentence's surroundings, as its paragraph's do."""

from __future__ import annotations

import threading
from collections.abc import Callable

from cachetools import LRUCache

from bot.answering.candidates import Candidate
from bot.answering.terms import stems
from index.statements import round_up

_pages: LRUCache = LRUCache(maxsize=512)  # (article id, content hash) -> its round-up reading, or None
_pages_lock = threading.Lock()


def _page(article):
    """The article's items (index/statements/round_up.py), read once per article text."""
    if article is None or not getattr(article, "subheadings", None):
        return None
    key = (article.id, article.content_hash)
    with _pages_lock:
        if key in _pages:
            return _pages[key]
    page = round_up.read(article)
    with _pages_lock:
        _pages[key] = page
    return page


def with_item_scope(candidates: list[Candidate], article_of: Callable) -> None:
    """Give each candidate of a round-up's item the terms of that item (heading and lines)."""
    pages: dict[str, tuple] = {}
    for c in candidates:
        article_id = c.chunk.chunk.article_id
        if article_id not in pages:
            article = article_of(article_id)
            pages[article_id] = (article, _page(article), {})
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


OTHER_ITEM = 0.7  # a sentence of a round-up's item that names less of the case asked about than another item


def weigh_items(q, candidates: list[Candidate], idf) -> None:
    """A question about one case of a round-up ("the Westport motorist") is answered from the item
    that names it: the sentences of the page's other items, which hold fewer of the question's names
    that tell its items apart, are weighed down (a name every item holds, or none, tells none apart;
    the act asked about, "gave evidence", may be told in any item)."""
    pages: dict[str, set[frozenset[str]]] = {}
    for c in candidates:
        if c.scope:
            pages.setdefault(c.chunk.chunk.article_id, set()).add(c.scope)
    for article_id, scopes in pages.items():
        if len(scopes) < 2:
            continue
        telling = [t for t in q.names if any(t in s for s in scopes) and not all(t in s for s in scopes)]
        if not telling:
            continue
        held = {s: sum(idf(t) for t in telling if t in s) for s in scopes}
        best = max(held.values())
        for c in candidates:
            if c.scope and c.chunk.chunk.article_id == article_id and held[c.scope] < best:
                c.score *= OTHER_ITEM


def role_person_in_item(q, people: dict, idf, article_terms, article_of: Callable) -> tuple | None:
    """(article id, person) of the one holder of the role asked ("Who acted for the farmer from X":
    the lawyer) whose round-up item alone holds the most of the question's names, when several in
    the page hold the role (each case has its solicitor); else None."""
    from bot.answering.roles import CLEAR_ROLE_MATCH, resolve_role

    found = [(aid, p) for s, p in resolve_role(q, people, idf, article_terms) if s >= CLEAR_ROLE_MATCH
             for aid, group in people.items() if any(x is p for x in group)]
    if len(found) < 2 or not q.names:
        return None
    held = []
    for aid, p in found:
        article = article_of(aid)
        page = _page(article)
        at = article.text.find(p.name) if page is not None else -1
        if at < 0 or page.in_frame(at):
            continue
        k = page.item(at)
        end = page.starts[k + 1] if k + 1 < len(page.starts) else len(article.text)
        scope = frozenset(stems(" ".join(article.text[a:b] for a, b in _lines(article, page.starts[k], end, page))))
        held.append((sum(idf(t) for t in q.names if t in scope), aid, p))
    held.sort(key=lambda x: -x[0])
    if not held or held[0][0] <= 0 or (len(held) > 1 and held[1][0] >= held[0][0]):
        return None
    return held[0][1], held[0][2]
