""""According to the statement" and "the statement said", after a speaker "said in a statement".

Every article here is invented. A statement named as already known ("the statement", "that
letter"), with no issuer of its own, is the one the last speaker said in a statement or letter
put out a little before: its words are that speaker's.
"""

from tests.spec.invented import statements_of, the_one

UTILITY = """Water company apologises for outage

March 3, 2025

Thames Valley Aquaworks said in a statement on Monday that 3,000 homes had lost supply.

According to the statement, the burst main had been repaired by midnight.

The statement said engineers would monitor pressure for a week.
"""

COUNCIL_LETTER = """Tenants told of rent rise

LONDON, Feb. 12 - Pennock Vale Housing Trust told tenants in a letter on Wednesday that rents would rise by 6% in April. The increase was needed to pay for new boilers, according to the letter. Tenants' leader Osric Vandeleur said the rise was too steep.
"""


def test_the_statement_is_its_issuers():
    stmts = statements_of(UTILITY)
    assert the_one(stmts, "repaired by midnight").speaker == "Thames Valley Aquaworks"
    assert the_one(stmts, "monitor pressure").speaker == "Thames Valley Aquaworks"


def test_according_to_the_letter_after_told_in_a_letter():
    stmts = statements_of(COUNCIL_LETTER)
    assert the_one(stmts, "pay for new boilers").speaker == "Pennock Vale Housing Trust"
