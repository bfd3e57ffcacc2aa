""""Which part of the pump broke down?" is told "the impeller seal failed" or "the drive belt stopped
working": the question's words for the breakdown, in the other words notes and reports use. A story
where nothing broke down is still declined."""

import pytest

from tests.spec.answering.asks import answers, declines

NOTES = """# Trustees meeting — pump station

**Date:** May 6, 2026 6:30 PM
**Attendees:** @Wendeline Roskar (chair) @Tobiah Quenell

## 1. Pump station

- Tobiah (Harcastle Pumps): impeller seal failed, new one comes from Rotterdam. Fitting next week.
- Wendeline: wants the invoice checked before anything is paid.
- Tobiah: the warranty covers the seal but not the call-out.
- Wendeline: the Marrowby Walkers' annual dinner is at the Glebe Inn on **12 June**.
"""

BULLETIN = """Title: Tenants told lift repair will take a month
Date: 2026-02-11

Residents of Corravane Court have been climbing eleven floors since Monday. The building's manager, Perpetua Wallis, said the drive belt of the north lift stopped working on Sunday night and a replacement had been ordered.
"""

NEWS = """Title: New ferry timetable from April
Date: 2026-03-02

The Skarvholm ferry will run two extra crossings a day from April, the operator said on Monday. Its spokesperson, Linnea Brattvik, said the change followed a rise in summer traffic.
"""


@pytest.fixture(scope="module")
def notes(app_over):
    with app_over("notes.md", NOTES) as app:
        yield app


@pytest.fixture(scope="module")
def bulletin(app_over):
    with app_over("bulletin.txt", BULLETIN) as app:
        yield app


@pytest.fixture(scope="module")
def news(app_over):
    with app_over("news.txt", NEWS) as app:
        yield app


def test_a_part_that_failed_is_the_part_that_broke_down(notes):
    answers(notes, "Which part of the pump broke down?", "impeller seal")


def test_a_part_that_stopped_working_is_the_part_that_broke_down(bulletin):
    answers(bulletin, "Which part of the lift broke down?", "drive belt")


def test_a_story_where_nothing_broke_down_is_declined(news):
    declines(news, "Which part of the ferry broke down?")
