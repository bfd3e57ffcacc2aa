"""Now against then. "How many ... now?" used to be answered by the sentence about how it was ("When I
joined there were twelve"), which repeats more of the question's words than "Now there are five."; and
a comparison of today with before kept only the side that repeats the question's words, dropping its
neighbour that gives the other figure. "The current one" is no word of the question's own."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

AS_TOLD = """My working life: the last tram depot mechanic

Dorota Wiszniewska, 58, has kept the trams of a northern city running for thirty years. As told to Sam Keller.

I came to the depot in 1995 from a job fixing tractors on a farm cooperative. My uncle drove trams, so the noise did not frighten me.

We are fewer now. When I joined there were twelve mechanics on the late shift. Now there are five, and three of them will retire before I do.

The winters are the worst. Last January the points froze on four mornings in a row. Some weeks we repaired thirty-one cars. Before the new fleet came, a bad week was ten or eleven.

The city has promised us a new inspection pit since 2018. We still change brake pads lying on our backs.
"""

RADIO = """Market Matters, episode 9: stall rents and the new bypass

PRESENTER: Welcome. The stallholders' association has been arguing with the town hall all winter about rents.

TRADER: The town hall wants to move a standard stall from 14 pounds a day to 22 pounds a day. That is more than half again.

PRESENTER: And how has trade held up since the bypass opened?

TRADER: Badly. On a good Saturday we see about 700 customers now. Before the bypass opened, a good Saturday was 1,500.
"""


as_told = app_fixture("tram_depot_as_told.txt", AS_TOLD)
radio = app_fixture("market_matters_9.txt", RADIO)


@pytest.mark.parametrize("question", [
    "How many mechanics work the late shift at the depot now?",
    "How many mechanics are on the late shift these days?",
])
def test_a_question_about_now_is_answered_by_the_sentence_about_now(as_told, question):
    answer = as_told.answer(question)
    assert not answer.abstained, answer.text
    assert "Now there are five" in answer.text, answer.text
    assert "twelve" not in answer.text or answer.text.index("five") < answer.text.index("twelve"), answer.text


def test_a_comparison_of_now_with_before_keeps_both_neighbouring_figures(as_told):
    answers(as_told, "How does a bad week at the depot today compare with one before the new fleet?", "thirty-one",
            "ten or eleven")


def test_the_current_one_is_no_side_of_its_own(radio):
    answers(radio, "How does the proposed daily rent for a standard stall compare with the current one?", "14 pounds",
            "22 pounds")


def test_a_question_about_before_is_not_weighed_as_now():
    from bot.answering.now_and_then import asks_now
    from bot.answering.question import analyse

    assert asks_now(analyse("How many mechanics work the late shift now?"))
    assert not asks_now(analyse("How many mechanics were on the late shift when she joined?"))
    assert not asks_now(analyse("What did the mayor say today about the bypass?"))


def test_a_year_in_one_half_only_bounds_that_side_not_the_answer():
    from bot.answering.extractive import _one_side_dated
    from bot.answering.question import analyse

    assert _one_side_dated(analyse("How does a bad week at the depot today compare with one before 2019?"))
    assert not _one_side_dated(analyse("How did the mayor's view of the tram change between 2004 and 2019?"))
    assert not _one_side_dated(analyse("How many mechanics work the late shift now?"))
