"""A why-question whose act the article denies, or whose opposite it reports, is corrected with what
the article says happened instead: the denial and the sentence after it ("Instead it will ..."),
or the opposite act ("voted to accept the offer" for "why did they reject the offer")."""

import pytest

WIRE = """Norrland Paper halves dividend after quarterly loss

STOCKHOLM, Oct 22 (Reuters) - Swedish paper maker Norrland Paper reported a third-quarter loss on Tuesday and cut its dividend by half, sending its shares down 7%.

The company did not give a figure for the cost of restructuring its Umea mill, which it said would be announced with full-year results in February.

Chief executive Eva Lindqvist said the company would not sell the Umea mill. "Umea stays ours," she told reporters. Instead it will convert one of the mill's two machines to make packaging board, she said.

Analysts had expected a small profit. Norrland's chairman, Henrik Berg, was not available for comment. The board will decide in December whether to close a second mill, at Sundsvall.
"""

LOCAL = """Bus drivers call off Friday strike

Published: 14 March 2025

Bus drivers in Carrow have called off the strike planned for Friday after the bus company raised its pay offer to 6%, the drivers' union said on Wednesday.

Union organiser Dev Patel said members had voted by 212 to 40 to accept the offer. "It is not everything we wanted, but it is a fair deal," he said.

The company's managing director, Fiona Grant, said services would run as normal. The cost of the deal to the company was not disclosed.
"""


@pytest.fixture(scope="module")
def wire(app_over):
    with app_over("norrland.txt", WIRE) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def local(app_over):
    with app_over("carrow.txt", LOCAL) as whosaid:
        yield whosaid


def test_a_denied_act_with_what_happens_instead(wire):
    answer = wire.answer("Why is Norrland Paper selling its Umea mill?")
    assert not answer.abstained, answer.text
    assert "would not sell" in answer.text and "packaging board" in answer.text, answer.text


def test_the_opposite_act(local):
    answer = local.answer("Why did Carrow's bus drivers reject the 6% pay offer?")
    assert not answer.abstained and "212 to 40" in answer.text, answer.text


def test_a_premise_that_holds_is_answered(local):
    answer = local.answer("Why did Carrow's bus drivers call off the strike?")
    assert not answer.abstained and "6%" in answer.text, answer.text


@pytest.mark.parametrize("question", [
    "Did Henrik Berg say the company would not sell the Umea mill?",
    "Was it Henrik Berg who said the company would not sell the Umea mill?",
])
def test_a_claim_put_in_the_mouth_of_someone_never_quoted(wire, question):
    answer = wire.answer(question)
    assert not answer.abstained and "Lindqvist" in answer.text and "Berg" in answer.text, answer.text


def test_someone_never_named_is_not_corrected_but_unknown(wire):
    answer = wire.answer("Did Olav Strand say the company would not sell the Umea mill?")
    assert answer.abstained, answer.text
