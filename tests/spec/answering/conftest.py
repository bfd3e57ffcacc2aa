"""Fixtures for the answering specs: a real facade over one small invented article (or a few)."""

from contextlib import contextmanager

import pytest


@contextmanager
def _app_over(tmp_path_factory, articles: dict[str, str], **settings: str):
    from bot.service import Whosaid
    from tests.conftest import make_settings

    root = tmp_path_factory.mktemp("articles")
    (root / "articles").mkdir()
    for filename, text in articles.items():
        (root / "articles" / filename).write_text(text, encoding="utf-8")
    whosaid = Whosaid(make_settings(root / "data", **{"WHOSAID_MODE": "extractive", **settings}), seed=False)
    try:
        whosaid.ingest([root / "articles"])
        yield whosaid
    finally:
        whosaid.close()


@pytest.fixture(scope="module")
def app_over(tmp_path_factory):
    """with app_over("name.txt", TEXT) as app: the extractive facade over that one article;
    app_over("name.txt", TEXT, WHOSAID_TOP_K="2"): with other settings too."""
    return lambda filename, text, **settings: _app_over(tmp_path_factory, {filename: text}, **settings)


@pytest.fixture(scope="module")
def app_over_articles(tmp_path_factory):
    """with app_over_articles({"a.txt": A, "b.txt": B}) as app: the extractive facade over those articles."""
    return lambda articles, **settings: _app_over(tmp_path_factory, articles, **settings)


@pytest.fixture
def paragraph_candidates():
    """paragraph_candidates(["...", "..."]): the sentences of one invented article's paragraphs, as
    retrieved in that order, for testing a check without an index."""
    from tests.spec.invented import candidates_of_paragraphs

    return candidates_of_paragraphs
