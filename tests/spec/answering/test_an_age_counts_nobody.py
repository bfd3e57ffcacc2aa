""""How many people swim there?" where the only number near the swimmers is a person's age ("Retired
nurse Ilse Brandvold, 71, starts the campaign"): an age counts nobody, so the articles do not say.
A count beside an age still answers, and "how old" is still answered by the age."""

import pytest

from tests.spec.answering.asks import answers, declines

TIMELINE = """Title: The lido at Skarnes: a timeline
Date: 2025-08-04

3 March 2024 - Closure
The council shuts the open-air lido at Skarnes after cracks are found in the pool floor.

9 May 2024 - Campaign
A crowd marches from the harbour to the lido gates. Retired nurse Ilse Brandvold, 71, starts the Swim Skarnes campaign at a meeting in the village hall. "Everyone here learned to swim in that pool," she says.

2 June 2024 - March
About 450 people march from the harbour to the town hall.
"""


@pytest.fixture(scope="module")
def timeline(app_over):
    with app_over("lido.txt", TIMELINE) as app:
        yield app


def test_an_age_is_no_count_of_swimmers(timeline):
    declines(timeline, "How many people swim at the Skarnes lido in a normal summer?")


def test_a_count_and_an_age_are_still_answered(timeline):
    answers(timeline, "How many people marched to the town hall?", "450")
    answers(timeline, "How old is the nurse who started the campaign?", "71")
