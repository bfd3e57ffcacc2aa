"""A question about what was done when a body met, where the article (a radio transcript's turn, a
news report) gives that meeting only as on the calendar, in the simple present with its day ("The
board meets on the twelfth of April"): the articles cannot say how it voted. Where the article
reports the meeting as held, the question is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines


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


phone_in = app_fixture("coast_hour_phone_in.txt", PHONE_IN)
report = app_fixture("brackwood_quarry.txt", REPORT)
held = app_fixture("harbour_fees_held.txt", HELD)


def test_a_vote_at_a_meeting_a_transcript_turn_schedules_is_not_answered(phone_in):
    declines(phone_in, "How did the harbour board vote on the mooring fees when it met in April?",
             "meets on the twelfth of April")


def test_a_decision_at_a_meeting_a_report_schedules_is_not_answered(report):
    declines(report, "What did the planning committee decide about the quarry extension when it met?",
             "meets on Thursday")


def test_a_vote_at_a_meeting_held_is_answered(held):
    answers(held, "How did the harbour board vote on the mooring fees when it met in April?", "five to two")
