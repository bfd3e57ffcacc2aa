"""A who-question is answered only from an article that tells the deed asked: a notice about a
walkout that never mentions an arrest names no one arrested, a councillor's remark about an appeal
names no one who lodged one. A deed written in another form ("inspected" for "inspect", "mended"),
or a role ("who heads"), still answers."""

import pytest

from tests.spec.answering.asks import answers, declines

# A wire report.
WIRE = """Title: Ferry depot short of staff after walkout
Date: 2025-10-08

Quillhaven (NPA) - Four porters at the Quillhaven ferry depot have quit since a walkout in August, depot manager Ottoline Vasbridge said on Tuesday.

Harbour engineer Idris Pellworth inspected the depot's old sea fence on Monday and found it unsafe.

Harbour councillor Emrys Lutwidge said any objection to the new timetable would "almost certainly fail on appeal".
"""

# A society bulletin, first person, no dateline.
BULLETIN = """Marrowby Allotment Society - Autumn Bulletin
Posted 3 November 2025

From the chair

Three plot holders broke the hosepipe ban in August, and the committee has written to each of them.

Plot holder Gideon Fairweather mended the east water tank's valve in October.

Treasurer Philippa Orr-Dennison reports that the society's funds stand at £2,140.
"""


@pytest.fixture(scope="module")
def wire(app_over):
    with app_over("depot.txt", WIRE) as app:
        yield app


@pytest.fixture(scope="module")
def bulletin(app_over):
    with app_over("allotments.txt", BULLETIN) as app:
        yield app


def test_no_arrest_told_names_no_one_arrested(wire):
    declines(wire, "Who was arrested after the walkout at the Quillhaven depot?")


def test_an_appeal_mentioned_is_none_lodged(wire):
    declines(wire, "Who lodged an appeal against the ferry timetable?")


def test_a_deed_told_is_answered(wire):
    answers(wire, "Who inspected the sea fence at the ferry depot?", "Pellworth")


def test_no_fine_told_names_no_one_fined(bulletin):
    declines(bulletin, "Who was fined for breaking the hosepipe ban?")


def test_a_deed_told_in_the_past_is_answered(bulletin):
    answers(bulletin, "Who mended the valve of the east water tank?", "Fairweather")


def test_an_irregular_deed_never_told_names_no_one(wire):
    declines(wire, "Who stole the takings from the Quillhaven depot?")
