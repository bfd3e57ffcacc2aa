""""Why is Brackenholm Rovers appealing the points deduction?" where the club "would not appeal": the
question's verb stands after a name ("is <name> appealing"), which the parser may read as a clause of
its own, or, lower-cased, as describing the name; it is still the act asked about, and the article's
refusal corrects the premise. A club that did appeal is answered."""

import pytest

from tests.spec.answering.asks import answers

NOT_APPEALING = """Title: Brackenholm Rovers accept six-point deduction
Date: 2026-03-19

Brackenholm Rovers have been docked six points for fielding an unregistered player in three league games, the Marlshire League confirmed on Tuesday.

The deduction drops Rovers from second to fifth in the table with four games left.

Club secretary Ingrid Polwhele said in a statement that the club would not appeal. "We made an administrative error and we accept the consequences," she said.

Rovers play Dunsley Town at home on Saturday.
"""

APPEALING = """Title: Calverside United to fight points penalty
Date: 2026-03-19

Calverside United have lodged an appeal against a four-point deduction imposed for a late registration, the Marlshire League confirmed on Tuesday.

Club chair Benedikt Quillhaven said the club was appealing because the registration form had been sent two days before the deadline.
"""


@pytest.fixture(scope="module")
def not_appealing(app_over):
    with app_over("rovers.txt", NOT_APPEALING) as app:
        yield app


@pytest.fixture(scope="module")
def appealing(app_over):
    with app_over("calverside.txt", APPEALING) as app:
        yield app


def test_a_refusal_to_appeal_corrects_the_premise(not_appealing):
    answers(not_appealing, "Why is Brackenholm Rovers appealing the points deduction?", "would not appeal",
            starting="The articles do not say so")


def test_a_refusal_to_appeal_corrects_a_lower_case_question(not_appealing):
    answers(not_appealing, "why is brackenholm rovers appealing the points deduction", "would not appeal",
            starting="The articles do not say so")


def test_an_appeal_made_is_explained(appealing):
    answers(appealing, "Why is Calverside United appealing the points deduction?", "appeal",
            lacking="do not say so")
