""""What held up the bridge?" / "What delayed the trial?" asks for a cause: the sentence that states
it ("stalled when the contractor went bust", "was delayed because ...") answers, not the sentence
before it that only says there was a delay."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

BRIDGE = """New footbridge finally opens after two-year delay

Published: 9 May 2025

The Millbrook footbridge opened to the public on Thursday, two years later than planned.

Work on the bridge began in 2021 and was due to finish in 2023.

The project stalled when the main contractor went bust in early 2022, and the council had to find a new firm.

Council leader Ruth Stokes said: "It has been a long wait, but the bridge is finally here."
"""

TRIAL = """Fraud trial of former treasurer finally begins

Published: 2 June 2025

The fraud trial of a former club treasurer opened at Carlton Crown Court on Monday, eighteen months late.

The hearing had been listed for January last year.

It was put back because the defence needed more time to examine thousands of pages of bank records.

The former treasurer denies six counts of fraud.
"""


bridge = app_fixture("footbridge.txt", BRIDGE)
trial = app_fixture("treasurer_trial.txt", TRIAL)


@pytest.mark.parametrize("question", [
    "What held up the Millbrook footbridge?",
    "What delayed the footbridge?",
    "What caused the delay to the Millbrook footbridge?",
])
def test_what_held_it_up_is_the_cause(bridge, question):
    answers(bridge, question, "contractor went bust")


@pytest.mark.parametrize("question", ["What delayed the fraud trial?", "What held up the trial of the former treasurer?"])
def test_what_delayed_a_trial_is_the_cause(trial, question):
    answers(trial, question, "more time to examine")
