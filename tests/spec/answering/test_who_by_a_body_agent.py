""""Who did the mayor say looked after the footbridge until 2020?" is answered by the mayor's own sentence
whose passive names a body by its kind ("had been kept up by the county council until 2020"): someone
besides the mayor the question names, though no one is named. Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

BRIDGE = """Footbridge closed as nobody claims it

Published 9 October 2026

The footbridge over the Ousel at Pelamar has been closed since August after two of its planks gave way.

Pelamar mayor Rosa Delane said on Monday that the bridge had been kept up by the county council until 2020 and that no one had taken it on since the parish was given the job.

Parish clerk Crispin Tilly said the parish had no money for repairs.
"""

bridge = app_fixture("bridge.txt", BRIDGE)


def test_a_body_by_its_kind_answers_who(bridge):
    answers(bridge, "who did rosa delane say looked after the footbridge until 2020", "county council")
