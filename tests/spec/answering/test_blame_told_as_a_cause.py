""""What did X blame for Y?" where the article tells the blame as a cause ("said the delay was caused
by ...") and, a paragraph on, has X deny another motive: the cause answers; the denial is no
correction of a premise (the blame is told, in other words)."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

STORY = """Orchard growers picket packhouse over unpaid crop money

HALVERSTON, 3 March 2027 — About 120 apple growers blocked the gates of the Tellamy Fruit Company packhouse on Monday, saying their final payment for the autumn crop is five weeks overdue.

Grower Osric Trethowan said many members had borrowed to pay pickers. "We cannot wait until spring," he said.

The company's finance director, Ms. Ysolde Quennell, said in a statement on Friday that the delay was caused by a fall in export prices and a late container ship to its buyer overseas.

"Every grower will be paid in full," the statement said.

Quennell denied that the company was holding back the money to make growers sign new grading contracts.
"""

story = app_fixture("orchard_growers_picket.txt", STORY)


def test_blame_is_answered_by_the_cause_not_corrected_by_the_denial(story):
    answers(story, "What did the company blame for paying late?", "export prices",
            lacking="do not say so")


def test_blame_asked_with_on_is_answered_too(story):
    answers(story, "What did the company blame for the late payment?", "export prices", lacking="do not say so")
