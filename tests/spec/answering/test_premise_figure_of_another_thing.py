"""A why-question whose figure the article gives only as another thing's: "Why did the judge jail her
for seven years?" where "The starting point is seven years" and "after credit for her plea the sentence
is four years and eight months". The answer says the articles do not say so and cites the sentence
with the figure of the act, and the one that gives the asked figure as the reference."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

REMARKS = """R v Olenna Marchbanks: sentencing remarks

Published 12 June 2025

1. Judge Petra Loveday said: Olenna Marchbanks, you have pleaded guilty to two counts of fraud by abuse of position while you were treasurer of the Cowley Vale bowls club.

2. This is a high-culpability case under the guidelines. The starting point is seven years.

3. Taking everything into account, after credit for your plea the sentence is four years and eight months' imprisonment.
"""

remarks = app_fixture("marchbanks_remarks.txt", REMARKS)


def test_a_starting_point_is_not_the_sentence_passed(remarks):
    answers(remarks, "Why did the judge jail Marchbanks for seven years?", "four years and eight months",
            starting="The articles do not say")


def test_the_sentence_passed_is_answered(remarks):
    answers(remarks, "Why did the judge jail Marchbanks for four years and eight months?", lacking="The articles do not say")
