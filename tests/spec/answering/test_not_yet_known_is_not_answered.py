"""An article that says the very thing asked is not yet known, pronounced, decided or established:
the honest answer is that the articles do not say, never the sentences beside it."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

HEARING = """Title: Tribunal hears appeal over harbour licence
Date: 2025-05-14

The Marlow Bay fishing cooperative appealed on Tuesday against the loss of its harbour licence.

"We have fished these waters for ninety years," said cooperative secretary Edna Kowalczyk.

The tribunal's verdict has not yet been pronounced, and the panel gave no date for it.

The cause of the fire in the cooperative's net store could not be established, fire officer Rui Tanaka said.

The number of boats still working from the harbour remains unclear.

Kowalczyk said the cooperative employs 40 people.
"""

REVIEW = """Title: Council orders review of bus lane
Date: 2025-06-02

Glenholme council has ordered an independent review of the Carver Street bus lane.

The review's findings will be published on 30 June, council leader Amara Osei said.

"Residents deserve a clear answer," Osei said.

Who will chair the review is yet to be decided.
"""


hearing = app_fixture("hearing.txt", HEARING)
review = app_fixture("review.txt", REVIEW)


def test_a_verdict_not_yet_pronounced_is_not_answered(hearing):
    declines(hearing, "What was the tribunal's verdict on the harbour licence?")
    declines(hearing, "Did the tribunal rule for the cooperative?")


def test_a_cause_that_could_not_be_established_is_not_answered(hearing):
    declines(hearing, "What caused the fire in the net store?")


def test_a_number_that_remains_unclear_is_not_answered(hearing):
    declines(hearing, "How many boats still work from the harbour?")


def test_findings_still_to_be_published_are_not_answered(review):
    declines(review, "What did the review of the bus lane find?")
    declines(review, "What were the findings of the bus lane review?")


def test_a_chair_yet_to_be_decided_is_not_answered(review):
    declines(review, "Who will chair the review?")


def test_what_is_known_is_still_answered(hearing, review):
    answers(hearing, "How many people does the cooperative employ?", "40")
    answers(review, "When will the review's findings be published?", "30 June")
