""""How long is the bridge?" asks a thing's length as well as a time: a sentence giving the length
("a 2.6-kilometre bridge") answers it, even when another sentence of the story gives a duration.
"How long is the closure expected to last?" still asks a time."""

import pytest

from tests.spec.answering.asks import answers

BRIDGE = """NANHE, April 9 (Xinhua) -- A 2.6-kilometre footbridge over the Qingshui River opened in the county town of Fenglin on Wednesday, local authorities said.

"Walking across now takes 25 minutes instead of an hour by the old ferry," said Lu Haoran, deputy head of the county housing bureau.

The bridge will close for two weeks in August for an inspection, Lu said.
"""


@pytest.fixture(scope="module")
def bridge(app_over):
    with app_over("bridge.txt", BRIDGE) as app:
        yield app


def test_how_long_is_the_thing_is_its_length(bridge):
    answers(bridge, "How long is the Fenglin footbridge?", "2.6-kilometre")


def test_how_long_a_closure_lasts_is_still_a_time(bridge):
    answers(bridge, "How long will the footbridge close for its inspection?", "two weeks")
