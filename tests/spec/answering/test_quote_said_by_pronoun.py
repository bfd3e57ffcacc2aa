"""A quote the ledger gives to a person counts as theirs even when its sentence says only "she"."""

import pytest

from tests.spec.answering.apps import app_fixture

ARTICLE = """Library board delays e-book switch

Published 3 April 2024

The Corran library board has delayed its switch to an e-book lending platform after complaints from staff.

Board chair Ines Halvorsen, who has led the board since 2019, said the vote was postponed "to hear everyone out".

"Nobody should lose access to printed books. We will not cancel the print budget until readers have had a say," she said.

The platform's vendor declined to comment.
"""


app = app_fixture("library.txt", ARTICLE)


@pytest.mark.parametrize("question", [
    "Did Ines Halvorsen say the print budget would be cancelled?",
    "What did Halvorsen say about the print budget?",
])
def test_the_quote_she_said_answers_a_question_naming_her(app, question):
    answer = app.answer(question)
    assert not answer.abstained
    assert "print budget" in answer.citations[0].text, answer.text
