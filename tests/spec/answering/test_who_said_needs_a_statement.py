""""Who said X?" about an article where nobody says anything (a plain report) has no answer: the
article reports X without saying who said it. Where someone says it, they are the answer."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

PLAIN = """Heavy snow closes Tatra passes

ZAKOPANE, Poland, Feb. 6, 2025

Heavy snow closed three mountain passes in the Tatra region overnight, and more than 200 vehicles were stranded on the road to Zakopane. Snowploughs worked through the night to clear the main road.

The passes are expected to reopen on Thursday. Schools in the valley stayed shut on Wednesday, and the regional rail service ran a reduced timetable.
"""

SAID = """Tatra passes to reopen, police say

ZAKOPANE, Poland, Feb. 7, 2025

The three Tatra mountain passes closed by snow will reopen on Thursday, police spokesman Marek Nowak said on Wednesday.
"""


plain = app_fixture("snow.txt", PLAIN)
said = app_fixture("snow_said.txt", SAID)


@pytest.mark.parametrize("question", [
    "Who said the Tatra passes would reopen on Thursday?",
    "Who said that schools in the valley stayed shut?",
    "Who warned that vehicles were stranded on the road to Zakopane?",
])
def test_nobody_said_it(plain, question):
    declines(plain, question)


def test_the_one_who_said_it(said):
    answers(said, "Who said the Tatra passes would reopen on Thursday?", "Nowak")
