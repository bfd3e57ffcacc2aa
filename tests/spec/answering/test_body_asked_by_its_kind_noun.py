"""A body asked about by its kind ("what reason did the GP co-op give") is the body the story
named that way ("Westmoor Doc, the GP co-operative that runs the service") and called "the co-op"
after: not the GP the story describes as working shifts for the co-op, and not its director."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

SURGERY = """Night GP service to close on weeknights

By Ena Fallon

Patients in north Carrick face a 40-minute drive to see a doctor at night after the out-of-hours GP service said it will stop weeknight cover.

Westmoor Doc, the GP co-operative that runs the service, says the centre will open only at weekends from Monday, March 2nd.

In a statement issued last night, the co-op said it had been unable to fill 12 of its 28 weeknight rosters for three months running.

Speaking on the radio this morning, local GP Dr Ruth Aldane, who works shifts for the co-op, said the decision had not come as a surprise to doctors.

The co-op's clinical director, Dr Ian Pellow, is due to join the programme tomorrow morning.
"""

surgery = app_fixture("surgery.txt", SURGERY)


def test_the_body_asked_by_its_kind_gives_its_own_reason(surgery):
    answers(surgery, "what reason did the gp co-op give for dropping weeknights", "unable to fill 12 of its 28")
