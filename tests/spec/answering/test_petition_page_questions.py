"""Questions about a parliament's petition page with the government's response: how many signed (a
count on a line of its own), who started it (a "Created by" line below the text), what the
government answered and when. An ordinary news story sits beside it. Every name is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.statements.test_petition_with_a_response import PAGE, UNSIGNED

NEWS = """Lido reopens after repairs

The Quennock Vale lido reopened on Saturday after a 300,000 pound repair to its tank, the council said.

"It has been a long winter," said the pool manager, Osric Falkenrath.
"""

petitions = articles_fixture({"bathing_petition.txt": PAGE, "swimming_petition.txt": UNSIGNED, "lido.txt": NEWS})


def test_a_signature_count_on_its_own_line(petitions):
    answer = petitions.answer("how many people signed the petition for free swimming lessons for primary school children")
    assert not answer.abstained
    assert "10,482" in answer.text


def test_who_started_the_petition_is_its_creator(petitions):
    answer = petitions.answer("who started the petition asking councils to publish bathing water test results")
    assert not answer.abstained
    assert "Wilhelmina Quorstad-Vey" in answer.text


def test_what_the_government_answered(petitions):
    answer = petitions.answer("did the government agree to a legal deadline for publishing bathing water test results")
    assert not answer.abstained
    assert "no plans to set a statutory deadline" in answer.text or "do not consider" in answer.text


def test_when_the_government_responded(petitions):
    answer = petitions.answer("when did the government respond to the bathing water test results petition")
    assert not answer.abstained
    assert "19 August 2025" in answer.text
