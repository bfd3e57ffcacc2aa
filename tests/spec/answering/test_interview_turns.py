""""So what replaces the shop?" / "Farm shops ...": an interview's reply makes sense only with the
question turn before it; a what-question is matched through the turn and cites it with the reply."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

INTERVIEW = """Village shop closes after ninety years

The last shop in Brindlecombe closed its doors on Saturday. We spoke to parish councillor Morwenna Trask about what happens next.

How will people without cars get their groceries?

"There is a bus twice a week to Ashbury, but for many older residents that is a whole day out."

So what replaces the shop?

"Farm shops on the edge of the village have offered to deliver, and the parish hall will host a market every second Friday."

Is the council helping?

"We have asked for a grant, but we have heard nothing yet."
"""

interview = app_fixture("village_shop.txt", INTERVIEW)


def test_the_reply_to_the_matching_turn_answers(interview):
    answers(interview, "What replaces the shop in Brindlecombe?", "Farm shops", "what replaces the shop")
