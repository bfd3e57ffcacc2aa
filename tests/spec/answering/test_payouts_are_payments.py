"""A question's "payout" is the article's "payment": asked to set the ministry's payout promise
against the last wait, the ministry's "payments would be made within N days" is its side. Every
article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

FLOODED = """Rice farmers wait for flood compensation

KANDY, Friday 16 October 2026 - Farmers whose paddies were flooded in the Mahaweli basin last month say nobody has told them when they will be paid.

The secretary of the Kandy Paddy Farmers' Union, Mr Sunil Ekanayake, says compensation is too slow.

"They promised us 40,000 rupees an acre. After the last floods, in 2021, people waited nine months for the money. A young farmer can't wait nine months. He just sells the land."

Farmers in the basin have been ordered to leave more than 300 flooded acres fallow until the spring.

This morning the agriculture ministry said payments would be made within 60 days.
"""

flooded = app_fixture("flooded.txt", FLOODED)


def test_the_ministrys_payment_promise_is_its_side(flooded):
    answers(flooded, "what's the ministry promising on payout timing for the farmers vs how long it took after the last floods",
            "within 60 days", "nine months")


def test_a_payout_is_a_payment_and_compensation_only_in_a_sentence():
    from bot.answering.same_things import same_named

    assert same_named("payout", "payments") and same_named("payouts", "compensation")
    assert not same_named("compensation", "payout")  # (a question's "compensation" may be for anything)
