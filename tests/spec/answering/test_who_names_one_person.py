""""Which councillor voted against it?" names one person: another person's sentence that only shares
the topic's words is not appended to the answer."""

import pytest

ARTICLE = """Harbour board approves dredging plan

Published 4 June 2024

The Carrow harbour board on Monday voted 6-1 to approve a plan to dredge the inner harbour.

Councillor Petra Lindqvist, who voted against the plan, said the dredging would stir up decades of industrial silt.

Board chair Osman Delacroix said councillors who voted against the plan had been heard, and that the board would vote on the contractor in July.
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("harbour.txt", ARTICLE) as whosaid:
        yield whosaid


def test_a_who_answer_keeps_to_the_person_it_names(app):
    answer = app.answer("Which councillor voted against the plan?")
    assert not answer.abstained and "Petra Lindqvist" in answer.text
    assert "Delacroix" not in answer.text, answer.text
