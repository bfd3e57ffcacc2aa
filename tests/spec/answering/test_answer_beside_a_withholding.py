"""A sentence that withholds or postpones something still answers the question it holds the answer to:
"will be published ... on Thursday 9 April 2026" says when it appears, and "she would need to check
with the bursary and did not give a figure" is her answer when her answer is asked."""

import pytest

from tests.spec.answering.asks import answers, declines

RELEASE = """Title: EMBARGOED: Hedgehog road study
Date: 2026-04-08

EMBARGOED UNTIL 00:01 BST THURSDAY 9 APRIL 2026

The paper will be published in the Journal of Urban Wildlife at 00:01 UK time on Thursday 9 April 2026, which is also when the embargo lifts.

Lead author Dr Petra Lindqvist-Omoro said hedgehogs avoided roads lit with bright white lamps.
"""

MINUTES = """Title: Council hears from finance chief
Date: 2026-01-15

Councillor Ruairi Makepeace asked whether the bursary fund would grow to match rising rents.

Finance director Odile Marchetti said she would "need to check with the bursary office" and did not give a figure.

The council also agreed to repaint the market hall.
"""


@pytest.fixture(scope="module")
def release(app_over):
    with app_over("hedgehog.txt", RELEASE) as app:
        yield app


@pytest.fixture(scope="module")
def minutes(app_over):
    with app_over("minutes.txt", MINUTES) as app:
        yield app


def test_a_postponement_that_gives_the_day_answers_when(release):
    answers(release, "When does the hedgehog paper actually appear in the journal?", "9 April 2026", lacking="do not say")


def test_a_withholding_reply_is_the_answer_asked(minutes):
    answers(minutes, "What was the finance director's answer when a councillor asked if the bursary fund would grow?",
            "need to check", lacking="do not say")


def test_the_figure_withheld_is_still_not_said(minutes):
    declines(minutes, "By how much will the bursary fund grow?")
