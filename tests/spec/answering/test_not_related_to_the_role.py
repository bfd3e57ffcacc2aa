"""A sentence that uses the role asked for only to say its person is someone else ("Depot manager
Anika Strand, who is not related to the alderman, said ...") does not answer "which alderman";
the role holder's own sentence does."""

import pytest

from tests.spec.answering.asks import answers, declines

LOCAL = """Title: Depot hours cut
Date: 2025-05-13

The city depot will close at 4pm from next month.

Depot manager Anika Strand, who is not related to the alderman, said in an email that the night security contract ends in June.
"""

WIRE = """Title: Ferry timetable row
Date: 2025-08-02

Port supervisor Lukas Berent, who is no relation to the mayor, said in a statement that two crews had left this summer.

Mayor Ilona Berent said she had not been told about the new ferry timetable before it was published.
"""


@pytest.fixture(scope="module")
def local(app_over):
    with app_over("depot.txt", LOCAL) as app:
        yield app


@pytest.fixture(scope="module")
def wire(app_over):
    with app_over("ferry.txt", WIRE) as app:
        yield app


def test_the_unrelated_namesake_is_no_alderman(local):
    declines(local, "Which alderman complained that she had not been consulted about the depot hours?")


def test_the_role_holder_is_answered(wire):
    answers(wire, "Which mayor complained that she had not been told about the ferry timetable?", "Ilona Berent",
            lacking="Lukas")
