""""according to the ward rep" after the rep was named ("the ward rep, Peter Mwangi", "Union
rep Kevin Doyle") is that person's statement, not the role's. Every article is invented."""

from tests.spec.invented import speaker_of as _by, statements_of as _statements


SETTLEMENT = """Residents fear eviction

Residents of the Kariobangi settlement say they have been given a week to leave.

The land belongs to the county, according to the ward rep, Peter Mwangi.

"We are asking the county to give us more time," said resident Mary Atieno.

The eviction notice was not lawful, according to the ward rep.
"""

PLANT = """Pay offer put to vote

Shop floor staff at the Denton plant will vote on the offer next week.

Union rep Kevin Doyle said members were angry about the delay.

The management said the offer was final.

Turnout at the ballot is expected to be high, according to the union rep.
"""


def test_according_to_the_ward_rep_is_the_rep_named_before():
    assert _by(_statements(SETTLEMENT), "notice was not lawful") == "Peter Mwangi"


def test_according_to_the_union_rep_is_the_rep_named_before():
    assert _by(_statements(PLANT), "Turnout at the ballot") == "Kevin Doyle"
