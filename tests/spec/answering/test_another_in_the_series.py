""""How much did it earn in the fourth quarter?" where the article gives only the third quarter's figure,
or "When does the third consultation open?" where only the second one's date is given: the sentence
numbers the thing asked otherwise, so it tells of another one in the series. Asked the way the
article numbers it, or in other words (Q3), the question is still answered."""

import pytest

from tests.spec.answering.asks import answers, declines

RESULTS = """Title: Larkspur Freight profit slips
Date: 2025-11-06

SAO PAULO, Nov 6 - Larkspur Freight reported third-quarter revenue of 1.92 billion reais on Thursday, and net income fell to 140 million reais from 171 million a year earlier.
"""

COUNCIL = """Title: Harbour plan goes out to the public again
Date: 2025-05-14

A second public consultation on the Quayside plan will open on Friday and run for six weeks, the council's planning officer, Moira Keld, said.
"""


@pytest.fixture(scope="module")
def results(app_over):
    with app_over("larkspur.txt", RESULTS) as app:
        yield app


@pytest.fixture(scope="module")
def council(app_over):
    with app_over("quayside.txt", COUNCIL) as app:
        yield app


def test_another_quarter_is_no_answer(results):
    declines(results, "How much net income did Larkspur Freight make in the fourth quarter?")


def test_the_quarter_asked_in_short_is_answered(results):
    answers(results, "What was Larkspur Freight's net income in Q3?", "140 million")


def test_another_consultation_is_no_answer(council):
    declines(council, "When does the third public consultation on the Quayside plan open?")


def test_the_consultation_asked_is_answered(council):
    answers(council, "When does the second public consultation on the Quayside plan open?", "Friday")


MINUTES = """Title: Minutes of the Ellery Parish Council meeting
Date: 2025-03-04

Item 4. Library works
The clerk reported that the first phase of the library works would finish in June, at a cost of £42,000.
"""


@pytest.fixture(scope="module")
def minutes(app_over):
    with app_over("ellery.txt", MINUTES) as app:
        yield app


def test_another_phase_is_no_answer(minutes):
    declines(minutes, "When will the second phase of the library works finish?")


def test_the_phase_asked_is_answered(minutes):
    answers(minutes, "When will the first phase of the library works finish?", "June")
