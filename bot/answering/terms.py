"""Stemmed terms of a text, cached: the same sentences are stemmed for question after question."""

from __future__ import annotations

from functools import lru_cache

from index.sparse import stem_terms


@lru_cache(maxsize=100_000)
def stems(text: str) -> tuple[str, ...]:
    """`index.sparse.stem_terms(text)` as a tuple (BM25's own stemming, so terms match the index)."""
    return tuple(stem_terms(text))
