"""A question about the outcome of an event the article says has not happened ("What was the result of
the ballot?" / "A ballot on further action has not been held") is not answered by that sentence: the
articles do not say, and the sentence is cited as why. A yes/no question about whether it happened is
still answered by it, and so is a question the sentence's other clause answers."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

WIRE = """MARLSTOKE (Coastline News) — Refuse collectors in Marlstoke will stop work for three days from next Tuesday after talks with the contractor, Hobbard Waste, broke down, their union said.

The collectors rejected a pay offer of 3.8%, Wilhelmina Crouch, branch secretary of the Municipal Workers' Union, said.

About 140 collectors are members of the union. A ballot on an overtime ban has not been held.

An independent review of the contract, ordered by the council in June, has yet to take place.

The union's previous ballot, in May, was backed by 91% of members.
"""

wire = app_fixture("marlstoke_refuse.txt", WIRE)

test_not_held_declines = table(declines, [
    ask("wire", "What was the result of the ballot on an overtime ban?", "has not been held", id="result_of_a_ballot_not_held"),
    ask("wire", "What did the independent review of the contract find?", id="finding_of_a_review_to_come"),
])

test_still_answered = table(answers, [
    ask("wire", "Has the ballot on an overtime ban been held?", "has not been held", id="whether_it_was_held"),
    ask("wire", "How many collectors are members of the union?", "140", id="other_clause_of_the_paragraph"),
    ask("wire", "What was the result of the union's previous ballot?", "91%", id="a_ballot_that_was_held"),
    ask("wire", "Who ordered the review of the contract?", "council", id="who_ordered_the_review"),
])
