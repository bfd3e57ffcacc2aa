"""A role asked with a body's possessive ("the Oxmere bus operators' council's spokesman") is held by
the person the article describes by the body's noun alone ("the council's spokesperson, X"): the
qualifying words are the article's, and the job may be another word of its group (spokesman /
spokesperson / spokeswoman). Another body's job, or another job, is not."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

RADIO = """Bus fares to rise by R3, operators say

[AUDIO: 06:40]

The Oxmere Bus Operators Council says fares on its long routes go up from the first of next month.

Breakfast host Lindiwe Trevail speaks to the council's spokesperson, Sipho Abernant, and to the provincial transport department.

Abernant says fuel and insurance costs have left owners no choice. "We held off for a year," he says.

Commuters on the Oxmere routes already pay more than in any other town in the province, Trevail puts to him.

A listener from Oxmere messaged to say the bus operators council never asks commuters before it raises fares.

The provincial transport department says the Oxmere bus operators council informed it of the increase but did not consult it.

Abernant says the council will meet commuter groups next week.
"""

NEWS = """Harbour trust delays dredging

The Saltcote Harbour Trust has put off dredging the inner basin until the spring, after a survey found more silt than expected.

The trust's spokeswoman, Eilidh Kinloss, said the delay would not affect the ferry timetable.

Local fishermen said they had been told nothing.
"""

radio = app_fixture("bus_fares.txt", RADIO, WHOSAID_TOP_K="2")
news = app_fixture("harbour.txt", NEWS)

test_answers = table(answers, [
    ask("radio", "Who is the Oxmere bus operators council's spokesman?", "Abernant", id="spokesman_is_the_councils_spokesperson"),
    ask("news", "who is the Saltcote harbour trust's spokesperson", "Kinloss", id="spokesperson_is_the_trusts_spokeswoman"),
])

test_declines = table(declines, [
    ask("radio", "Who is the Oxmere bus operators council's treasurer?", id="another_job_of_the_body_is_declined"),
    ask("news", "Who is the Saltcote harbour board's chairman?", id="another_body_and_job_is_declined"),
])
