"""The answering specs' module-scoped apps, each the extractive facade over one invented article."""

import pytest


def app_fixture(filename: str, text: str, **settings: str):
    """`wire = app_fixture("wire.txt", WIRE)` in a spec module makes fixture `wire`: the facade over that
    one article, shared by the module's tests (other settings as keywords: WHOSAID_TOP_K="2")."""

    @pytest.fixture(scope="module")
    def app(app_over):
        with app_over(filename, text, **settings) as whosaid:
            yield whosaid

    return app
