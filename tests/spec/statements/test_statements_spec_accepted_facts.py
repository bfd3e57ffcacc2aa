"""An official decision or report gives a party's concession as "accepts": "The Trust accepts it
discharged her too early." That is the party's statement, and the pronoun after it ("It says")
is the same party; "accepted the offer", with no clause, states nothing."""

from tests.spec.invented import speaker_of, statements_of

DECISION = """Final decision

Date: 4 June 2025

12. The Trust accepts it discharged Mr Q two days before his wound had been checked. It says the ward was under pressure that weekend.

13. The Trust accepted the recommendation of the review panel in March.
"""


def test_a_party_that_accepts_a_fact_states_it_and_its_pronoun_follows():
    stmts = statements_of(DECISION)
    assert speaker_of(stmts, "discharged Mr Q two days before") == "The Trust"
    assert speaker_of(stmts, "ward was under pressure") == "The Trust"


def test_accepting_a_thing_states_nothing():
    assert not [s for s in statements_of(DECISION) if "recommendation" in s.content]
