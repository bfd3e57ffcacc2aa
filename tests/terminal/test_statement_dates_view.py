"""A statement's date is shown as precisely as the article gives it, the same on every surface:
`:who`, `:timeline`, `whosaid statements`, its JSON and Telegram. A range stays a range."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from bot.answering.sources import format_when
from bot.terminal.statements_view import print_statements, statement_json
from bot.telegram.render import render_answer, statement_listing

SPEC = Path(__file__).resolve().parents[1] / "spec" / "relative_dates_pier.txt"
RANGE = "9 January to 15 January 2023 (last week)"
DAY = re.compile(r"16 January 2023 \((?:on )?Monday\)")


@pytest.fixture
def pier_app(fresh_app, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    shutil.copy(SPEC, folder / SPEC.name)
    assert fresh_app.ingest([folder]).added
    return fresh_app


def _terminal(app, speaker, timeline) -> str:
    console = Console(record=True, width=200)
    print_statements(console, app, speaker, timeline=timeline)
    return console.export_text()


def test_the_terminal_listings_keep_the_range(pier_app):
    for timeline in (False, True):
        shown = _terminal(pier_app, "Varga", timeline)
        assert RANGE in shown and DAY.search(shown)
        assert "9 January 2023 (last week)" not in shown


def test_json_says_it_the_same_way_beside_the_dates(pier_app):
    article = pier_app.article(SPEC.name)
    rows = [statement_json(s, article) for s in pier_app.statements("Varga")]
    ranged = next(r for r in rows if r["when_text"] == "last week")
    assert ranged["when"] == RANGE
    assert (ranged["date"], ranged["date_end"]) == ("2023-01-09", "2023-01-15")
    json.dumps(rows)


def test_telegram_says_it_the_same_way(pier_app):
    listing = statement_listing("What Varga said", pier_app.statements("Varga"), pier_app.article)
    html = "".join(render_answer(listing, pier_app.article))
    assert RANGE in html and DAY.search(html)


def test_every_surface_uses_one_rendering(pier_app):
    article = pier_app.article(SPEC.name)
    for st in pier_app.statements("Varga"):
        when = format_when(st, article)
        assert when in _terminal(pier_app, "Varga", False)
        assert statement_json(st, article)["when"] == when


def test_a_phrase_that_only_restates_the_date_is_not_repeated():
    from datetime import date

    from index.models import Statement

    def shown(phrase, start, end=None):
        st = Statement("s1", "a.txt", "Ilse Varga", "Varga", "said", "it", "direct", 0, 1,
                       when_text=phrase, when_start=start, when_end=end)
        return format_when(st)

    assert shown("December 3", date(2022, 12, 3)) == "3 December 2022"
    assert shown("on 3rd Dec. 2022", date(2022, 12, 3)) == "3 December 2022"
    assert shown("yesterday", date(2022, 12, 3)) == "3 December 2022 (yesterday)"
    assert shown("last week", date(2023, 1, 9), date(2023, 1, 15)) == RANGE
    assert shown("over new year", date(2022, 12, 30), date(2023, 1, 2)) == "30 December 2022 to 2 January 2023 (over new year)"


def test_the_report_date_given_to_a_statement_is_marked_as_the_article_date():
    from datetime import date

    from index.models import Statement

    st = Statement("s1", "a.txt", "Ilse Varga", "Varga", "said", "it", "indirect", 0, 1,
                   when_start=date(2022, 12, 3), date_basis="publication")
    assert format_when(st) == "3 December 2022 (article date)"
