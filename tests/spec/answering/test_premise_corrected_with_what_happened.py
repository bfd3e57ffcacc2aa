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

TRANSCRIPT = """Transcript: Mayor Delgado on the water crisis

This is an edited transcript of an interview with Mayor Luis Delgado of Port Avila, recorded on 3 June 2025.

INTERVIEWER: How many households are still without clean water?

DELGADO: I'm not going to give you a number today. The engineers are still going street by street.

INTERVIEWER: What caused the contamination?

DELGADO: The results of the laboratory tests are pending. We expect them on Friday, and I will not guess before then.

INTERVIEWER: Has the state governor called you?

DELGADO: The governor's office has been in touch with my staff every day.

INTERVIEWER: Will you compensate residents?

DELGADO: Yes. Every household will get a credit of 40 dollars on its next bill.
"""

REFUSED = """Lisbon dockers refuse to sign pay deal

LISBON, June 4 (Reuters) - Dockers at the port of Lisbon refused on Tuesday to sign a pay deal agreed by their union leaders, saying it did nothing to protect jobs from automation.

"We will not sign a deal that lets the robots in," said shop steward Rui Costa.
"""

MINE = """Harlow Mining to shut Kestrel pit, cut jobs

JOHANNESBURG, March 4 (Reuters) - South African coal producer Harlow Mining said on Tuesday it would close its Kestrel pit in Mpumalanga by the end of the year, citing falling export prices.

The company declined to say how many workers would lose their jobs. A spokeswoman, Thandi Mokoena, said talks with unions would begin next week.

Harlow's chief executive, Pieter Venter, told analysts on a call that the closure would save about 600 million rand a year. "We cannot keep digging coal that nobody will pay for," he said.

The National Union of Mineworkers said it would fight the closure. A report on the pit's safety record by the mines inspectorate is expected later this month.

The country's minister of mineral resources, Sipho Dlamini, visited the pit in January. Shares in Harlow rose 3% in Johannesburg after the announcement.
"""

SUCCESSION = """Kessler Foods chief to step down

FRANKFURT, Jan 14 (Reuters) - Kessler Foods said on Monday its chief executive, Anna Roth, would step down in March after eight years in the job.

The company did not say who would replace Roth. Its chairman, Dieter Lang, thanked her for "steering us through the hardest years in our history".

Kessler also agreed to sell its frozen pizza business to a buyer it declined to name.
"""

LIVE = """LIVE: Fire at Delfzijl docks – operator says no sign of sabotage

Last updated 16:40, 11 August 2025

16:05 – Operator speaks
The port operator's director, Henk Visser, told reporters at the Delfzijl harbour gate that there was no evidence anyone had started the fire on purpose. "Everything points to an electrical fault in crane 4," he said.

15:20 – Smoke over the town
Residents of the old town have been told to keep their windows shut. A thick plume is drifting east over the Ems.

14:30 – Fire brigade at the scene
Twelve fire engines are at the docks, the regional fire brigade said.
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


def test_what_the_opposite_act_was_done_to(local):
    answer = local.answer("What deal did the bus drivers reject?")
    assert not answer.abstained and "accept the offer" in answer.text, answer.text


@pytest.fixture(scope="module")
def transcript(app_over):
    with app_over("portavila.txt", TRANSCRIPT) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def refused(app_over):
    with app_over("lisbon.txt", REFUSED) as whosaid:
        yield whosaid


def test_a_refusal_the_article_answers_with_a_yes(transcript):
    answer = transcript.answer("Why did Mayor Delgado refuse to compensate residents?")
    assert not answer.abstained and "40 dollars" in answer.text, answer.text


def test_a_refusal_that_happened_is_answered_with_its_reason(refused):
    answer = refused.answer("Why did the Lisbon dockers refuse to sign the pay deal?")
    assert not answer.abstained and "protect jobs" in answer.text and "do not say" not in answer.text, answer.text


@pytest.fixture(scope="module")
def mine(app_over):
    with app_over("harlow.txt", MINE) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def succession(app_over):
    with app_over("kessler.txt", SUCCESSION) as whosaid:
        yield whosaid


def test_a_wrong_place_is_corrected_not_abstained(mine):
    answer = mine.answer("Why did Harlow Mining close its pit in Limpopo?")
    assert not answer.abstained and "Limpopo" in answer.text and "Mpumalanga" in answer.text, answer.text


def test_someone_never_named_doing_it_is_no_premise_to_correct(mine):
    answer = mine.answer("Why did Glencore close the Kestrel pit?")
    assert answer.abstained, answer.text


def test_a_wrong_buyer_is_corrected(succession):
    answer = succession.answer("Why did Kessler Foods sell its frozen pizza business to Nestle?")
    assert not answer.abstained and "declined to name" in answer.text, answer.text


def test_a_wrong_count_of_years_is_corrected(succession):
    answer = succession.answer("Why did Anna Roth step down after ten years?")
    assert not answer.abstained and "eight years" in answer.text and "do not say" in answer.text, answer.text


@pytest.fixture(scope="module")
def live(app_over):
    with app_over("dockfire.txt", LIVE) as whosaid:
        yield whosaid


def test_a_blame_the_article_denies_in_other_words(live):
    answer = live.answer("Why did the Delfzijl port operator blame saboteurs for the fire?")
    assert not answer.abstained and "do not say" in answer.text and "no evidence" in answer.text, answer.text
