""""How fast was the barge going when the pilot lost steering?" where the report tells the distance and
the attempt to slow down, never a speed; "How much an hour are the porters paid?" where the article gives
their shift's hours and a total owed, never a rate: another measure of the same thing, declined. Where a
speed or a rate is given, the question is answered."""

import pytest

from tests.spec.answering.asks import answers, declines

BARGE = """Title: Marine Accident Board: grounding of the barge Osterley Dawn
Date: 2025-12-02

2.1 At about 14:05, some 400 metres from the lock gates, the pilot found that the Osterley Dawn did not answer the helm.

2.2 In interview, the pilot stated that he then tried to reduce speed "and the engine did not respond".
"""

BARGE_SPEED = """Title: Marine Accident Board: grounding of the barge Osterley Dawn
Date: 2025-12-02

2.1 At about 14:05, some 400 metres from the lock gates and making about 7 knots, the Osterley Dawn did not answer the helm, the pilot found.
"""

PORTERS = """# Hospital porters threaten walkout

**Tessaly Vale, 9 January 2026** - Porters at Tessaly Vale General say they are owed close to £48,000 in unpaid overtime, their union representative Dunstan Achterberg said. He said porters work 12-hour night shifts and had not been paid for extra hours since October.
"""

PORTERS_RATE = """# Hospital porters threaten walkout

**Tessaly Vale, 9 January 2026** - Porters at Tessaly Vale General are paid £12.10 an hour, their union representative Dunstan Achterberg said, and want £14.
"""


@pytest.fixture(scope="module")
def barge(app_over):
    with app_over("barge.txt", BARGE) as app:
        yield app


@pytest.fixture(scope="module")
def barge_speed(app_over):
    with app_over("barge.txt", BARGE_SPEED) as app:
        yield app


@pytest.fixture(scope="module")
def porters(app_over):
    with app_over("porters.md", PORTERS) as app:
        yield app


@pytest.fixture(scope="module")
def porters_rate(app_over):
    with app_over("porters.md", PORTERS_RATE) as app:
        yield app


def test_no_speed_is_no_answer(barge):
    declines(barge, "How fast was the Osterley Dawn going when the pilot found she did not answer the helm?")


def test_a_speed_is_answered(barge_speed):
    answers(barge_speed, "How fast was the Osterley Dawn going when the pilot found she did not answer the helm?", "7 knots")


def test_hours_and_a_total_are_no_hourly_pay(porters):
    declines(porters, "How much an hour are the porters at Tessaly Vale General paid?")


def test_an_hourly_rate_is_answered(porters_rate):
    answers(porters_rate, "How much an hour are the porters at Tessaly Vale General paid?", "12.10")
