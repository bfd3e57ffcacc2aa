"""A why-question whose act the article denies, or whose opposite it reports, is corrected with what
the article says happened instead: the denial and the sentence after it ("Instead it will ..."),
or the opposite act ("voted to accept the offer" for "why did they reject the offer")."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.articles_withheld import BRIEF as LOCAL, SUCCESSION, TRANSCRIPT, WIRE as MINE
from tests.spec.answering.asks import answers, ask, declines, table

WIRE = """Norrland Paper halves dividend after quarterly loss

STOCKHOLM, Oct 22 (Reuters) - Swedish paper maker Norrland Paper reported a third-quarter loss on Tuesday and cut its dividend by half, sending its shares down 7%.

The company did not give a figure for the cost of restructuring its Umea mill, which it said would be announced with full-year results in February.

Chief executive Eva Lindqvist said the company would not sell the Umea mill. "Umea stays ours," she told reporters. Instead it will convert one of the mill's two machines to make packaging board, she said.

Analysts had expected a small profit. Norrland's chairman, Henrik Berg, was not available for comment. The board will decide in December whether to close a second mill, at Sundsvall.
"""

REFUSED = """Lisbon dockers refuse to sign pay deal

LISBON, June 4 (Reuters) - Dockers at the port of Lisbon refused on Tuesday to sign a pay deal agreed by their union leaders, saying it did nothing to protect jobs from automation.

"We will not sign a deal that lets the robots in," said shop steward Rui Costa.
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


wire = app_fixture("norrland.txt", WIRE)
local = app_fixture("carrow.txt", LOCAL)


test_answers = table(answers, [
    ask("wire", "Why is Norrland Paper selling its Umea mill?", "would not sell", "packaging board",
        id="a_denied_act_with_what_happens_instead"),
    ask("local", "Why did Carrow's bus drivers reject the 6% pay offer?", "212 to 40", id="the_opposite_act"),
    ask("local", "Why did Carrow's bus drivers call off the strike?", "6%", id="a_premise_that_holds_is_answered"),
])


@pytest.mark.parametrize("question", [
    "Did Henrik Berg say the company would not sell the Umea mill?",
    "Was it Henrik Berg who said the company would not sell the Umea mill?",
])
def test_a_claim_put_in_the_mouth_of_someone_never_quoted(wire, question):
    answers(wire, question, "Lindqvist", "Berg")


def test_someone_never_named_is_not_corrected_but_unknown(wire):
    declines(wire, "Did Olav Strand say the company would not sell the Umea mill?")


def test_what_the_opposite_act_was_done_to(local):
    answers(local, "What deal did the bus drivers reject?", "accept the offer")


transcript = app_fixture("portavila.txt", TRANSCRIPT)
refused = app_fixture("lisbon.txt", REFUSED)


def test_a_refusal_the_article_answers_with_a_yes(transcript):
    answers(transcript, "Why did Mayor Delgado refuse to compensate residents?", "40 dollars")


def test_a_refusal_that_happened_is_answered_with_its_reason(refused):
    answers(refused, "Why did the Lisbon dockers refuse to sign the pay deal?", "protect jobs", lacking="do not say")


mine = app_fixture("harlow.txt", MINE)
succession = app_fixture("kessler.txt", SUCCESSION)


def test_a_wrong_place_is_corrected_not_abstained(mine):
    answers(mine, "Why did Harlow Mining close its pit in Limpopo?", "Limpopo", "Mpumalanga")


def test_someone_never_named_doing_it_is_no_premise_to_correct(mine):
    declines(mine, "Why did Glencore close the Kestrel pit?")


def test_a_wrong_buyer_is_corrected(succession):
    answers(succession, "Why did Kessler Foods sell its frozen pizza business to Nestle?", "declined to name")


def test_a_wrong_count_of_years_is_corrected(succession):
    answers(succession, "Why did Anna Roth step down after ten years?", "eight years", "do not say")


live = app_fixture("dockfire.txt", LIVE)


def test_a_blame_the_article_denies_in_other_words(live):
    answers(live, "Why did the Delfzijl port operator blame saboteurs for the fire?", "do not say", "no evidence")
