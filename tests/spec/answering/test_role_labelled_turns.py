"""A transcript turn labelled by a role ("The CHAIR: ...", "The CHAIRMAN (Mr X): ...") is that
role's: "How did the chair rule on ...?" is answered by the chair's turn, though it repeats none of
the question's verb ("upheld", "I will allow")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


COUNCIL = """Harbourside Borough Council, full council meeting, 14 October

Cr WALSH: On a point of order, Chair, the councillor opposite is reading out a campaign leaflet, not speaking to the parking motion.

The CHAIR: The point of order is upheld. Councillor Brandt will confine her remarks to the motion in front of us.

Cr BRANDT: I will, Chair. The parking charges in the harbour car park have doubled in two years.
"""

HEARING = """Select Committee on Public Contracts, transcript of evidence

Ms OKONJO: Before the witness answers, I object to the question about the ferry contract. It is before the courts.

The CHAIRMAN (Mr Lindqvist): I will allow the question, but the witness need not name anyone who is a party to the case.

Mr DARROW: Thank you. The ferry contract was signed without a tender.
"""


council = app_fixture("council_meeting.txt", COUNCIL)
hearing = app_fixture("contracts_hearing.txt", HEARING)


def test_the_chairs_turn_holds_the_ruling(council):
    answers(council, "How did the chair rule on the complaint that a councillor was reading a campaign leaflet?",
            "upheld")


def test_a_labelled_chairman_with_a_name_in_brackets(hearing):
    answers(hearing, "How did the chairman rule on the objection to the question about the ferry contract?",
            "allow the question")
