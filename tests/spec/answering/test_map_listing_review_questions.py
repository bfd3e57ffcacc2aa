"""Questions about a map listing's reviews page: what a reviewer complained of, what the owner
answered in a reply block (signed at its foot, or unsigned), and a figure only a reply gives. The
page sits beside an ordinary news story that has its own "owner", so an answer about the listing's
owner has to come from the listing. Every name is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.statements.test_map_listing_reviews import PAGE

NEWS = """Ferry owner fined over late sailings

The owner of a Pellbridge ferry company was fined 4,000 pounds on Monday for repeated late sailings.

"We have let passengers down and we are sorry," the owner, Casimir Dunleavy, said after the hearing.
"""

listing = articles_fixture({"kettle_reviews.txt": PAGE, "ferry.txt": NEWS})


def test_a_reviews_complaint_is_the_reviewers(listing):
    answer = listing.answer("who complained that the cream tea at the Copper Kettle Tearoom cost more than the menu said")
    assert not answer.abstained
    assert "Ferdal Quaine-Ostrov" in answer.text


def test_the_owners_reply_is_the_signers(listing):
    answer = listing.answer("what did the Copper Kettle Tearoom's owner say about the door menu")
    assert not answer.abstained
    assert "old one" in answer.text and "Casimir" not in answer.text


def test_a_figure_only_a_reply_gives(listing):
    answer = listing.answer("how many new cooks did the Copper Kettle Tearoom hire")
    assert not answer.abstained
    assert "two new cooks" in answer.text
