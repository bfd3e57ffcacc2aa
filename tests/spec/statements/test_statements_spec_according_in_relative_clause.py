""""According to" inside a relative clause, and a source named by the records of a body.

Every article here is invented. Translated wires put the source inside a relative clause ("the
fleet, which according to the count of the fishing cooperative numbers 40 boats"): the statement
is the relative clause, and its speaker the body whose count, figures or monitoring it is.
"""

from tests.spec.invented import statements_of, the_one

WIRE = """Harbour dispute in Kelsum

Kelsum (rds) - The ban affects the small trawlers of the Kelsum fleet, which according to the count of the fishermen's association has some 40 boats.

The Kelsum fishermen's association has called the ban unfair.
"""

AGENCY = """Dengue cases rise in Port Amahli

PORT AMAHLI, Aug 3 (ANA) - Health workers are spraying the eastern wards, where the number of dengue cases according to figures of the Amahli Health Department has risen to 112 this month.
"""


def test_the_relative_clause_is_the_bodys_statement():
    found = the_one(statements_of(WIRE), "has some 40 boats")
    assert "association" in found.speaker.lower()
    assert "ban affects" not in found.content


def test_figures_of_a_body_are_the_bodys():
    assert "Amahli Health Department" in the_one(statements_of(AGENCY), "risen to 112").speaker
