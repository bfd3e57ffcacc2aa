""""At what time did the river crest?" where the article gives only the time a shelter opened, "before the
river crested"; "When was the ban lifted?" where the article dates only the rally held "until the ban was
lifted": the sentence names the event asked only to time another one, whose time it gives. Where the
article times the event asked itself, the question is answered."""

import pytest

from tests.spec.answering.asks import answers, declines

FLOOD = """Title: Night of the flood in Brenwick Cross
Date: 2025-10-08

The Brenwick Cross relief centre opened at 8:15 on Tuesday night, before the Tamsin river crested, the county's emergency manager, Bertrand Oakhollow, said. Volunteers handed out blankets until dawn.
"""

FLOOD_TIMED = """Title: Night of the flood in Brenwick Cross
Date: 2025-10-08

The Tamsin river crested at 11:40 on Tuesday night, after the Brenwick Cross relief centre had opened, the county's emergency manager, Bertrand Oakhollow, said.
"""

STRIKE = """# Dockers' picket goes on

_Wednesday 4 June 2025_

Pickets stayed at the gates of Orrin Quay from Monday morning until the court's ban on the stoppage was lifted, union organiser Madlen Voskuijl said. About 200 dockers took part.
"""


@pytest.fixture(scope="module")
def flood(app_over):
    with app_over("flood.txt", FLOOD) as app:
        yield app


@pytest.fixture(scope="module")
def flood_timed(app_over):
    with app_over("flood.txt", FLOOD_TIMED) as app:
        yield app


@pytest.fixture(scope="module")
def strike(app_over):
    with app_over("strike.md", STRIKE) as app:
        yield app


def test_another_events_time_is_no_answer(flood):
    declines(flood, "At what time did the Tamsin river crest at Brenwick Cross?")


def test_the_other_event_is_timed(flood):
    answers(flood, "At what time did the Brenwick Cross relief centre open?", "8:15")


def test_the_events_own_time_is_answered(flood_timed):
    answers(flood_timed, "At what time did the Tamsin river crest at Brenwick Cross?", "11:40")


def test_a_day_timing_another_event_is_no_answer(strike):
    declines(strike, "When was the court's ban on the Orrin Quay stoppage lifted?")


def test_the_other_events_day_is_answered(strike):
    answers(strike, "Since when have pickets stayed at the gates of Orrin Quay?", "Monday")
