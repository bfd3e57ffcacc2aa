"""A how-much question is answered by a denial of the thing counted, however the denial is written
("had not received", "hasn't received", "nothing was paid"): no number is missing there."""

import pytest

from bot.answering.alike import NoAlike
from bot.answering.checks import check_types
from bot.answering.question import analyse


def _scores(question: str, candidates) -> dict[str, float]:
    for c in candidates:
        c.score = 1.0
    check_types(analyse(question), candidates, {}, lambda _t: 1.0, NoAlike())
    return {c.text: c.score for c in candidates}


@pytest.mark.parametrize("denial", [
    "The Varga family had not received a ransom demand, police said.",
    "The Varga family hasn't received a ransom demand, police said.",
    "Nothing was said about a ransom demand to the Varga family, police said.",
])
def test_a_denial_of_the_thing_counted_keeps_its_weight(denial, paragraph_candidates):
    other = "Police searched the Varga farm on Tuesday."
    scores = _scores("How much ransom did the kidnappers demand from the Varga family?", paragraph_candidates([denial, other]))
    assert scores[denial] == 1.0 and scores[other] < 1.0


def test_a_no_in_another_clause_denies_nothing_counted(paragraph_candidates):
    # "I am telling the people of X, I am not sitting down": the "not" is the speaker's, of another verb
    rally = '"I am telling the people of Tarrock, I am not going away on this," the ferry owner said.'
    count = "She told the council that Tarrock's 340 residents had gone a month without a ferry."
    scores = _scores("how many people live on Tarrock", paragraph_candidates([rally, count]))
    assert scores[rally] < scores[count]
