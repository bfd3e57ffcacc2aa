"""A role several stories hold ("the doctor") is the one in the story that writes the question's
other names ("the doctor in charge at the hospital in Marrowby"), not another story's doctor who
shares more of the question's words; a namesake described as "no relation of the doctor" is no
doctor, and her sentence does not stand for the doctor's. Every article is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

ISLAND = """Operations halted at Marrowby Hospital as fuel runs out

SURGERY at Marrowby Hospital has been suspended for a second week after the hospital's generator ran short of diesel.

Clinical lead of the northern district's main referral hospital, Dr Tobias Wenlock, confirmed yesterday that only emergency operations were going ahead.

"We are keeping enough fuel for the theatre lights, nothing more," Dr Wenlock said.

Greta Wenlock, a fisherwoman from Pellan Point who is no relation of the doctor, has waited nine days for her son's broken wrist to be set.

The health ministry said a shipment of fuel would leave the capital on Friday.
"""

RADIO = """Night GP cover to end at Brackwater centre

Patients face a long drive to see a doctor at night after the out-of-hours service confirmed it will stop weeknight cover at its Brackwater treatment centre in charge of the district.

Speaking on the breakfast show this morning, local GP Dr Ines Harrowgate, who works shifts for the service, said the decision in charge of rotas had not come as a surprise to doctors at the hospital.

The service's medical director, Dr Colm Fairley, said the decision would be reviewed by the summer.
"""

two = articles_fixture({"marrowby_fuel.txt": ISLAND, "brackwater_gp.txt": RADIO})


def test_the_doctor_in_charge_at_the_named_hospital_is_that_storys_doctor(two):
    answers(two, "who's the doctor in charge at the hospital in marrowby", "Tobias Wenlock", lacking="Harrowgate")
