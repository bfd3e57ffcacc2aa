"""What is still undecided is not said: "we are looking at whether the reading room can stay open
later" gives no closing time, and "the date will be agreed through diplomatic channels" no date.
The reply says the articles do not say, citing the sentence. What is being weighed is still answered
when the weighing is what is asked."""

import pytest

from tests.spec.answering.asks import answers, declines

COUNCIL = """Title: Harbour library to shut earlier
Date: 2025-05-17

Orrinford Libraries announced on Monday that its Harbour branch will close at 5pm instead of 8pm from June 9.

"The Harbour branch will keep its Sunday hours, and we are looking at whether a reading room can stay open later with a booking system," a council spokesperson said.
"""

READOUT = """Title: Foreign Minister receives Ruritanian counterpart
Date: 2025-11-18

Foreign Minister Halvard Stenbrekke today received Ruritania's Minister of Foreign Affairs, Oskar Meleny, in Tromvik for talks on fisheries.

1. The Ministers agreed to hold consultations every two years.

2. Foreign Minister Meleny invited Foreign Minister Stenbrekke to visit Ruritania. The invitation was accepted with pleasure, and the date will be agreed through diplomatic channels.
"""


@pytest.fixture(scope="module")
def council(app_over):
    with app_over("harbour.txt", COUNCIL) as app:
        yield app


@pytest.fixture(scope="module")
def readout(app_over):
    with app_over("readout.txt", READOUT) as app:
        yield app


def test_an_option_weighed_gives_no_time(council):
    declines(council, "Until what time will the bookable reading room stay open in the evenings?")


def test_what_is_weighed_is_still_answered(council):
    answers(council, "What is the council looking at for the reading room?", "booking system")


def test_a_date_to_be_agreed_is_not_said(readout):
    declines(readout, "On what date will Foreign Minister Stenbrekke travel to Ruritania?", "date will be agreed")
