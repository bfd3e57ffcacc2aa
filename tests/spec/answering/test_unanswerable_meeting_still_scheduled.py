"""A question about what was done when a body met, where the article (a radio transcript's turn, a
news report) gives that meeting only as on the calendar, in the simple present with its day ("The
board meets on the twelfth of April"): the articles cannot say how it voted. Where the article
reports the meeting as held, the question is answered."""

import pytest

PHONE_IN = """Coast Hour: harbour fees phone-in

Published 2 April 2025

Transcript

[00:02:41] PRESENTER: So when does the board decide on the mooring fees?

[00:02:47] HARBOUR MASTER IDRIS PENHALE: The board meets on the twelfth of April. Boat owners can write in until the fifth.

[00:03:02] PRESENTER: And you expect a rise?
"""

REPORT = """Quarry plan goes to committee

Published 8 October 2025

A plan to extend the Brackwood quarry by 40 hectares has drawn 300 objections, the district council said.

The planning committee meets on Thursday to consider the application, which officers have recommended for approval.
"""

HELD = """Harbour board raises mooring fees

Published 14 April 2025

The harbour board met on the twelfth of April and voted five to two to raise mooring fees by 8 per cent, the harbour master, Idris Penhale, said.
"""


@pytest.fixture(scope="module")
def phone_in(app_over):
    with app_over("coast_hour_phone_in.txt", PHONE_IN) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def report(app_over):
    with app_over("brackwood_quarry.txt", REPORT) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def held(app_over):
    with app_over("harbour_fees_held.txt", HELD) as whosaid:
        yield whosaid


def test_a_vote_at_a_meeting_a_transcript_turn_schedules_is_not_answered(phone_in):
    answer = phone_in.answer("How did the harbour board vote on the mooring fees when it met in April?")
    assert answer.abstained and "meets on the twelfth of April" in answer.text, answer.text


def test_a_decision_at_a_meeting_a_report_schedules_is_not_answered(report):
    answer = report.answer("What did the planning committee decide about the quarry extension when it met?")
    assert answer.abstained and "meets on Thursday" in answer.text, answer.text


def test_a_vote_at_a_meeting_held_is_answered(held):
    answer = held.answer("How did the harbour board vote on the mooring fees when it met in April?")
    assert not answer.abstained and "five to two" in answer.text, answer.text
