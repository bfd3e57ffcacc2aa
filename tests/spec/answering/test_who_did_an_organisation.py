""""Who made / built / bought X" is answered by a company as well as by a person; "who said" asks for a speaker."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Riverside footbridge reopens after repairs

Published 9 May 2024

The Marlow Street footbridge reopened on Wednesday after six months of repairs.

The original bridge, designed by the engineering firm Castellane Partners, opened in 1987.

Council engineer Pavel Dusek said the new deck would last at least forty years. "It is stronger than the day it was built," he said.

Dusek said the original bridge design had aged badly because it was designed for lighter loads.

Repairs were paid for from the council's transport budget, a spokesperson said.
"""


app = app_fixture("bridge.txt", ARTICLE)


def test_a_company_answers_who_did_something(app):
    answer = app.answer("Who designed the original bridge?")
    assert not answer.abstained and "Castellane Partners" in answer.citations[0].text, answer.text


def test_who_said_still_wants_the_speaker(app):
    answers(app, "Who said the new deck would last forty years?", "Pavel Dusek")
