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


# A reduced relative ("on dates to be confirmed", "at a date still to be fixed") leaves the day open as much
FIXTURE = """Title: Replay ordered after floodlight failure
Date: 2025-02-03

The league has ordered the abandoned County Cup tie between Ashgrove Rangers and Pellmore Town to be replayed at Ashgrove's ground, on a date still to be confirmed.

League secretary Odette Varnham-Bose said the clubs had agreed that ticket holders would be admitted free.
"""

MINUTES = """Title: Twinning association agrees exchange
Date: 2025-09-12

The Kelby and Saint-Arnac twinning committees agreed to organise a youth exchange in Saint-Arnac in 2026, on dates to be agreed between the two schools.

The committee chair, Mireille Okwuosa-Drake, said 30 pupils had already asked to take part.
"""


@pytest.fixture(scope="module")
def fixture_notice(app_over):
    with app_over("replay.txt", FIXTURE) as app:
        yield app


@pytest.fixture(scope="module")
def twinning(app_over):
    with app_over("twinning.txt", MINUTES) as app:
        yield app


def test_a_date_still_to_be_confirmed_is_not_said(fixture_notice):
    declines(fixture_notice, "On what date will the County Cup replay be played?", "still to be confirmed")


def test_dates_to_be_agreed_are_not_said(twinning):
    declines(twinning, "On what date will the youth exchange begin?", "dates to be agreed")


def test_where_the_replay_is_played_is_still_answered(fixture_notice):
    answers(fixture_notice, "Where will the County Cup replay be played?", "Ashgrove")


# The next session's dates left open, where another line gives the days of this one: the question
# names the next session, which only the sentence leaving its dates open names too
SESSION = """Title: Joint statement on the Second Session of the Essland-Marrow Trade Committee
Date: 2024-10-10

The Second Session of the Essland-Marrow Trade Committee was held in Brennick on 9 and 10 October 2024.

1. The two sides agreed to cut tariffs on farm machinery by half.

2. The two sides agreed to hold the Third Session in Marrow in 2025, on dates to be agreed through diplomatic channels.
"""


@pytest.fixture(scope="module")
def session(app_over):
    with app_over("session.txt", SESSION) as app:
        yield app


def test_the_next_session_s_open_dates_are_not_said(session):
    declines(session, "On what date will the Third Session of the trade committee be held?", "dates to be agreed")


def test_this_session_s_days_are_still_answered(session):
    answers(session, "When was the Second Session of the trade committee held?", "October")
