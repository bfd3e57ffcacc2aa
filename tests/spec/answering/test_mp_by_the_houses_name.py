"""A member of parliament written by the house's name ("the National Assembly member for X") is the
MP a question asks about, and a person whose sentence only mentions "the MP's proposal" is no MP.
Every article is invented."""

from bot.answering.people import Person
from bot.answering.question import analyse
from bot.answering.role_spellings import spellings
from bot.answering.roles import CLEAR_ROLE_MATCH, resolve_role
from bot.answering.terms import stems
from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

WATER = """Island enters ninth day with water only at night

Guesthouse owners on Pellmoor say they are cancelling bookings after a pump at the Hask Point desalination plant broke down on May 27.

The National Assembly member for Pellmoor, Hon. Corwin Adashe, told the Assembly on Tuesday that it was "the third breakdown in two years at the same plant".

The utility said a replacement pump was in transit.
"""

FUEL = """Hospital fuel shipment promised

The health ministry said through its communications officer, Ruth Velko, that 4,000 litres of fuel would leave the capital on Friday.

Asked about the MP's proposal for a standing fuel reserve, Ms Velko said the ministry would "consider it as part of the next budget".
"""

two = articles_fixture({"pellmoor_water.txt": WATER, "hospital_fuel.txt": FUEL})


def test_the_mp_is_the_member_of_the_national_assembly(two):
    answers(two, "which mp complained it's the 3rd time that plant has broken down", "Adashe", lacking="Velko")


def test_an_mp_is_spelled_out_as_a_member_of_the_house():
    assert tuple(stems("national assembly member")) in spellings(("mp",))


def test_a_role_in_the_possessive_is_another_persons():
    q = analyse("Which MP complained?", None)
    description = "through its communications officer Ms about the MP's proposal Ms"
    spokeswoman = Person("Ruth Velko", "Velko", description, frozenset(stems(description)))
    assert [p for s, p in resolve_role(q, {"a": (spokeswoman,)}, lambda t: 1.0) if s >= CLEAR_ROLE_MATCH] == []
