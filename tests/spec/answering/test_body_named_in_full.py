"""A question asking for an organisation, answered by sentences that name the body by its noun alone
("the institute's senior scientist", "the union's secretary"): the sentence before them that names
the body in full is cited too, so the answer says which body."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

RADIO = """Coastal Radio | News

Mussel beds closed after die-off

7:15 am on 3 February 2026

Hundreds of dead mussels have washed up along the northern shore of Karewa Inlet over the past week.

Researchers from the Halvard Marine Institute have been sampling the beds since the first reports.

"What we see is warm water and mud, not poison," the institute's senior scientist, Dr Pita Lomano, said. She said the beds would be surveyed again in May.
"""

WIRE = """Growers threaten to halt wheat sales

PATNA, March 4 (Eastline) - The Ganga Valley Growers Union met in Patna on Friday to discuss this season's procurement.

Members voted to stop selling to state buyers from next month. The union's secretary, Ramesh Kumar Sinha, said the procurement price set by the state was too low to cover the cost of diesel.
"""

radio = app_fixture("radio.txt", RADIO)
wire = app_fixture("wire.txt", WIRE)


def test_the_scientists_body_in_full(radio):
    answers(radio, "Which organisation employs the scientist who blames warm water and mud for the die-off?",
            "Halvard Marine Institute")


def test_the_secretarys_body_in_full(wire):
    answers(wire, "Which organisation does Ramesh Kumar Sinha work for?", "Ganga Valley Growers Union")
