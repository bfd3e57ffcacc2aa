"""A question that places what was said at an occasion the articles say is still to come ("when he
appeared before the committee", "when she visited the plant") is not answered by what was said
elsewhere: the articles do not say it, citing the passage that says it is to come."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

LIVE = """LIVE: Flooding in Merrowby – rail line closed as river peaks

Live updates · Friday 7 March 2025

16:20 – Rail operator blames pumps
Valeport Rail's managing director, Ellen Marsh, said the flooded tunnel was "the pumps' failure, not ours". "We have asked for new pumps for three years," she told reporters at Merrowby station.

15:05 – Committee wants answers
Councillor Dev Anand, who chairs the council's transport committee, said he would ask Marsh to appear before the committee on Tuesday.
"""

REPORT = """Health minister to tour hospital as waiting lists grow

WELLBY, June 3 - Health minister Clara Oduya will visit Wellby General Hospital on Thursday, her office said, after figures showed waiting lists at the hospital had doubled in a year.

Oduya said on Monday that the figures were "unacceptable" and promised more money for surgeons.
"""


live = app_fixture("merrowby.txt", LIVE)
report = app_fixture("wellby.txt", REPORT)


def test_what_was_said_at_an_appearance_still_to_come(live):
    declines(live, "What did Ellen Marsh tell the transport committee when she appeared on Tuesday?",
             "would ask Marsh to appear")


def test_what_was_said_on_a_visit_still_to_come(report):
    declines(report, "What did Clara Oduya tell staff when she visited Wellby General Hospital?", "will visit")


def test_what_was_said_when_asked_is_answered(live):
    answers(live, "What did Ellen Marsh say when asked about the flooded tunnel?", "pumps")
