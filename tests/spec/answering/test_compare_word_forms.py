"""A comparison asked with an inflected comparing word is still a comparison: "differed from",
"differs", "was X different from Y's", "described differently by A and by B", "X against that of
Y". Only the base forms ("differ", "compare") used to type the question as one, so these asked for
a single 'what' and answered one side."""

import pytest

from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DEBATE = """Harbour levy clears committee after sharp exchanges

The harbour levy bill cleared the assembly's transport committee on Thursday by six votes to four.

The harbours minister, Edwina Castellmoor, told the committee the government would set aside $62m over three years for councils that rebuilt their slipways, and that the first grants could be paid in 2027.

The opposition's harbours spokesman, Raffi Dunkerton-Vale, said the money was "a bucket for a flood". "The minister is handing the councils a spade and calling it a dredger," he said.
"""

TURBINES = """Valley wind farm repowered with fewer, taller turbines

Work to replace the turbines at the Brackenhowe wind farm finished this month, the operator Tallowmere Energy said on Monday.

The nine new turbines have a combined capacity of 36 megawatts, the company said. The farm's original 24 turbines, put up in 1998, had a combined capacity of 14.4 megawatts between them.

Tallowmere's site manager, Odile Farquharson, said the new machines would turn in lighter winds.
"""

debate = app_fixture("harbour_levy_debate.txt", DEBATE)
turbines = app_fixture("turbine_repowering.txt", TURBINES)


@pytest.mark.parametrize("question", [
    "How did the harbours spokesman's view of the bill's money differ from the minister's?",
    "how was the harbours spokesman's take on the bill's money different from the minister's?",
    "Can you tell me how the harbours spokesman's view of the bill's money differed from the minister's?",
    "How does the harbours spokesman's view of the money differ from the minister's?",
    "How was the bill's money described differently by the minister and by the harbours spokesman?",
    "What is the combined capacity of the new turbines against that of the old ones?",
])
def test_an_inflected_comparing_word_asks_for_a_comparison(question):
    q = analyse(question)
    assert q.kind == "compare" and len(q.halves) == 2, (q.kind, q.halves)


@pytest.mark.parametrize("question", [
    "Which different routes did the ferry take?",
    "What did the minister say about the money?",
])
def test_a_question_without_two_sides_is_no_comparison(question):
    assert analyse(question).kind != "compare"


def test_a_take_different_from_anothers_answers_both_sides(debate):
    answers(debate, "how was the harbours spokesman's take on the bill's money different from the minister's?",
            "a bucket for a flood", "$62m")


def test_a_figure_against_that_of_the_other_answers_both(turbines):
    answers(turbines, "What is the combined capacity of the new turbines against that of the old ones?",
            "36 megawatts", "14.4 megawatts")
