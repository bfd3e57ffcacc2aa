"""A question naming a service is answered from the story that writes that name, not from another
story sharing one common word with it ("caused")."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

STATUS = """Veltro Pay status

Identified
Our card processor has confirmed the cause on its side and is replacing the expired certificate. Traffic is being moved to the backup processor.
Posted Jun 3, 2026 - 09:02 CET

Investigating
We are seeing elevated failures on card payments made through Veltro Pay. Our team is investigating.
Posted Jun 3, 2026 - 07:41 CET
"""

DECISION = """Final decision

Mr P complains that Ardwell Savings won't refund a payment he made to a fake builder.

I uphold the complaint. Ardwell Savings should refund the £2,300. I'm also awarding £150 for the distress caused.
"""

two = articles_fixture({"veltro_status.txt": STATUS, "ardwell_decision.txt": DECISION})


def test_the_story_naming_the_service_answers_what_caused_its_failures(two):
    answers(two, "What caused the card payment failures at Veltro Pay?", "certificate", lacking="distress")
