"""The answering specs' module-scoped apps, each the extractive facade over invented articles."""

import pytest


def app_fixture(filename: str, text: str, **settings: str):
    """`wire = app_fixture("wire.txt", WIRE)` in a spec module makes fixture `wire`: the facade over that
    one article, shared by the module's tests (other settings as keywords: WHOSAID_TOP_K="2")."""

    @pytest.fixture(scope="module")
    def app(app_over):
        with app_over(filename, text, **settings) as whosaid:
            yield whosaid

    return app


def articles_fixture(articles: dict[str, str], **settings: str):
    """`two = articles_fixture({"a.txt": A, "b.txt": B})`: fixture `two`, the facade over those articles."""

    @pytest.fixture(scope="module")
    def app(app_over_articles):
        with app_over_articles(articles, **settings) as whosaid:
            yield whosaid

    return app
