"""A role several stories hold ("the doctor") is the one in the story that writes the question's
other names ("the doctor in charge at the hospital in Marrowby"), not another story's doctor who
shares more of the question's words; a namesake described as "no relation of the doctor" is no
doctor, and her sentence does not stand for the doctor's; when the named story describes no one so,
another story's holder is none either; whoever "chaired the session" is that meeting's chair, no
body's head. Every article and person is invented."""

from bot.answering.people import Person
from bot.answering.question import analyse
from bot.answering.roles import CLEAR_ROLE_MATCH, resolve_role
from bot.answering.terms import stems
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



def _person(name: str, description: str) -> Person:
    return Person(name, name.split()[-1], description, frozenset(stems(description)))


def test_the_chair_of_a_meeting_is_no_bodys_head():
    q = analyse("Who is the village head?", None)
    meeting_chair = _person("Hollis Verran", "Member of the district council who chaired the session at the village hall")
    council_chair = _person("Tobiah Ashdown", "the chair of the village council")
    found = resolve_role(q, {"story": (meeting_chair, council_chair)}, lambda term: 1.0)
    assert [p.name for s, p in found if s >= CLEAR_ROLE_MATCH] == ["Tobiah Ashdown"]


def test_a_role_asked_beside_a_place_no_story_of_its_people_writes_has_no_holder_elsewhere():
    q = analyse("Who is the village head at Lorrin Kemp?", None)
    principal = _person("Mark Hollen", "The principal of the village school")
    stories = {"school": (principal,), "punts": (_person("Tobiah Ashdown", "a boatbuilder"),)}
    terms = {"school": frozenset(stems("village school roof Stebbin")), "punts": frozenset(stems("Lorrin Kemp punts village"))}
    assert resolve_role(q, stories, lambda term: 1.0, lambda a: terms[a]) == []
    assert [p.name for _, p in resolve_role(q, {"school": (principal,)}, lambda term: 1.0, lambda a: terms[a])] == ["Mark Hollen"]
