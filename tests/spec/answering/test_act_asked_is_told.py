"""A sentence on the question's topic answers it only when it tells the act asked: "four porters
have quit" counts none hired, "the fence was declared unsafe" says nothing of when it will be
repaired, a councillor's remark about an appeal names no one who lodged one. The act told in
another form ("were hired"), or a cost told by the sum alone ("(£14)"), still answers."""

import pytest

from tests.spec.answering.asks import answers, declines

# A wire report.
WIRE = """Title: Ferry depot short of staff after walkout
Date: 2025-10-08

Quillhaven (NPA) - Four porters at the Quillhaven ferry depot have quit since August, depot manager Ottoline Vasbridge said on Tuesday.

Vasbridge said twelve deckhands were hired in September to cover the summer timetable.

The harbour board declared the depot's old sea fence unsafe last week, and the footpath beside it is closed.

Harbour councillor Emrys Lutwidge said any objection to the new timetable would "almost certainly fail on appeal".
"""

# A parish-style bulletin, first person, no dateline.
BULLETIN = """Marrowby Allotment Society - Autumn Bulletin
Posted 3 November 2025

From the chair

Three plot holders have given up their plots this season, and the waiting list now has nine names.

Our new guide, "Soil First" by Wendell Kask (Marrowby Press, £14), is on sale in the hut.

The committee has declared the east water tank empty until the spring rains.

Treasurer Philippa Orr-Dennison reports that the tank's repair was paid for by the raffle.
"""


@pytest.fixture(scope="module")
def wire(app_over):
    with app_over("depot.txt", WIRE) as app:
        yield app


@pytest.fixture(scope="module")
def bulletin(app_over):
    with app_over("allotments.txt", BULLETIN) as app:
        yield app


def test_a_count_of_another_act_is_no_answer(wire):
    declines(wire, "How many porters have been sacked at the Quillhaven depot?")


def test_an_act_never_told_has_no_doer(wire):
    declines(wire, "Who lodged an appeal against the ferry timetable?")


def test_a_declaration_says_nothing_of_the_repair(wire):
    declines(wire, "When will the depot's sea fence be repaired?")


def test_the_act_told_in_another_form_still_answers(wire):
    answers(wire, "How many deckhands were hired in September?", "twelve")
    answers(wire, "How many porters have quit the Quillhaven depot?", "Four")


def test_plots_given_up_are_no_plots_let(bulletin):
    declines(bulletin, "How many plots were let this season?")


def test_a_tank_declared_empty_says_nothing_of_when_it_refills(bulletin):
    declines(bulletin, "When will the east water tank be refilled?")


def test_a_cost_told_by_its_sum_and_an_act_in_its_own_word_still_answer(bulletin):
    answers(bulletin, "How much does Soil First cost?", "14")
    answers(bulletin, "How many plot holders have given up their plots?", "Three")
