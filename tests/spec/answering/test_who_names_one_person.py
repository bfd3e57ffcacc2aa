""""Which councillor voted against it?" names one person: another person's sentence that only shares
the topic's words is not appended to the answer."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


ARTICLE = """Harbour board approves dredging plan

Published 4 June 2024

The Carrow harbour board on Monday voted 6-1 to approve a plan to dredge the inner harbour.

Councillor Petra Lindqvist, who voted against the plan, said the dredging would stir up decades of industrial silt.

Board chair Osman Delacroix said councillors who voted against the plan had been heard, and that the board would vote on the contractor in July.
"""


app = app_fixture("harbour.txt", ARTICLE)


def test_a_who_answer_keeps_to_the_person_it_names(app):
    answers(app, "Which councillor voted against the plan?", "Petra Lindqvist", lacking="Delacroix")
