"""Both a pasted e-mail and an exported chat give a sentence the surroundings of its message's header
lines; each reads its article's layout once per answer, not once per candidate sentence."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import TypeVar

from bot.answering.candidates import Candidate

Layout = TypeVar("Layout")


def unscoped_with_layout(candidates: list[Candidate], article_of: Callable,
                         read: Callable[[object], Layout]) -> Iterator[tuple[Candidate, Layout]]:
    """Each candidate without surroundings yet (a round-up's item has its own), with its article's layout."""
    layouts: dict[str, Layout] = {}
    for c in candidates:
        if c.scope:
            continue
        article_id = c.chunk.chunk.article_id
        if article_id not in layouts:
            layouts[article_id] = read(article_of(article_id))
        yield c, layouts[article_id]
