"""Fixtures for the statement specs: small invented articles, one per attribution and dating style."""

from datetime import date

import pytest

from index.models import Article
from index.statements.extract import extract
from tests.spec.invented import the_one


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
    return the_one
