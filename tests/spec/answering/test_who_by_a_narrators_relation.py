"""'Who was the lighthouse keeper's first boss?': in a first-person account the narrator says "my
first supervisor, Mr X" — the possessor is the narrator, whom the question describes by job, and
"boss" is the supervisor's other name. Every article is invented."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

TOLD = """My working life: the lighthouse keeper

Ewan Torrance, 61, kept the light at Skerrow Point for thirty years. He spoke to Nia Pardoe.

I came to the light in 1989, straight from the merchant navy. The tower has 212 steps and I climbed them four times a night.

My first supervisor, Mr Aled Prothero, told me on my first night: "The lamp does not care how tired you are." I have said that to every new keeper since.

We were automated in 2019. Now I show visitors round in summer and I still miss the night watches.
"""


app = app_fixture("told.txt", TOLD)


@pytest.mark.parametrize("question", [
    "Who was the lighthouse keeper's first boss?",
    "Who was the keeper's first supervisor at the light?",
    "Who was the narrator's first boss at the light?",
])
def test_the_narrators_first_boss_is_the_supervisor_they_name(app, question):
    answers(app, question, "Prothero")


def test_a_named_possessor_is_no_narrator():
    from bot.answering.question import analyse
    from bot.answering.roles import _owned

    assert _owned(analyse("Who was the lighthouse keeper's first boss?")) == ("first", "boss")
    assert _owned(analyse("Who is Skerrow Lights's chief executive?")) == ()
