"""Fixtures for the statement specs: small invented articles, one per attribution and dating style."""

from datetime import date

import pytest

from index.models import Article
from index.statements.extract import extract


def _extract(text: str, published: date | None = date(2024, 5, 9)):  # a Thursday
    art = Article(id="spec.txt", text=text, published=published,
                  date_confidence="stated" if published else "unknown")
    return extract(art)


@pytest.fixture()
def statements():
    """statements(text, published=Thursday 9 May 2024) -> list[Statement]."""
    return _extract


@pytest.fixture()
def one():
    """one(stmts, fragment) -> the single statement whose content holds `fragment`."""
    def pick(stmts, fragment: str):
        found = [s for s in stmts if fragment in s.content]
        assert len(found) == 1, (fragment, [(s.speaker, s.content) for s in stmts])
        return found[0]
    return pick
