"""Nouns written differently for one thing (index/vocabulary.yaml `same_things`): "jobs" / "posts",
"trips" / "movements", "babies" / "infants". The embedder puts such pairs too far apart to call them
one thing, and nearer pairs ("teachers" / "students") too close: a short kept list decides these.
"""

from __future__ import annotations

from functools import cache

from bot.answering.paraphrase import words_of
from index.vocabulary import vocabulary


@cache
def _group_of() -> dict[tuple[str, ...], int]:
    out: dict[tuple[str, ...], int] = {}
    for n, group in enumerate(vocabulary().same_things):
        for phrase in group:
            out.setdefault(words_of(phrase.lstrip("~")), n)
    return out


def same_named(a: str, b: str) -> bool:
    """Whether nouns `a` (the question's) and `b` (a sentence's) are words of one `same_things` group.
    A word marked "~" in the group ("~post") is one only in a sentence."""
    groups = _group_of()
    ga, gb = groups.get(words_of(a)), groups.get(words_of(b))
    return ga is not None and ga == gb and words_of(a) not in _sentence_only()


@cache
def _sentence_only() -> frozenset[tuple[str, ...]]:
    return frozenset(words_of(p[1:]) for group in vocabulary().same_things for p in group if p.startswith("~"))
