"""A court press summary names the parties with their labels ("Brandt (Appellant) v Harlow
Estates Ltd (Respondent)"): a bracketed party label is no wire tag, so no outlet; a wire's
"(Agency) -" still is. Every article here is invented."""

import pytest

from tests.spec.invented import cleaned as _article


@pytest.mark.parametrize("parties", [
    "Brandt (Appellant) v Harlow Estates Ltd (Respondent)",
    "Okafor (Claimant) v Secretary of State for the Home Department (Defendant)",
])
def test_a_party_label_is_not_the_outlet(parties):
    a = _article(f"Press summary\n\n{parties}\n\nJudgment date: 4 June 2025\n\n"
                 "The court dismissed the appeal. Lady Fenwick gives the lead judgment.\n")
    assert a.outlet is None


def test_a_wire_tag_is_still_the_outlet():
    a = _article("Strike called\n\nLUSAKA (Copperwire) - Miners went on strike on Monday, the union said.\n")
    assert a.outlet == "Copperwire"
