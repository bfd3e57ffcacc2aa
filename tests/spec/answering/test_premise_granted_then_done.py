"""A why-question that takes a thing as turned down where the article tells it as given: the line
that gives it corrects the premise, and the asked doer's later line tells what they did about it."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import replies

TIMELINE = """Timeline: how the fight over Dunvarra lido unfolded

14 January 2025
Dunvarra county council votes to close the open-air lido, citing repair costs of 3.4 million euro.

2 February 2025
Campaigners raise 600,000 euro in three weeks.

20 February 2025
The Minister for Heritage, Oisin Bracklow, announces a grant of 1.8 million euro from a seaside fund, on condition that the council finds the rest.

9 March 2025
Councillors vote to reverse the closure. The council chief executive, Maren Quill-Hardy, says the council will put in 1 million euro from its reserves.
"""

timeline = app_fixture("dunvarra_lido_timeline.txt", TIMELINE)


def test_a_grant_taken_as_turned_down_is_corrected_with_what_the_doer_did_next(timeline):
    replies(timeline, "Why did the council turn down the minister's grant for the lido?", "do not say so",
            "announces a grant", "put in 1 million euro")


SAID_ONLY = TIMELINE.replace("Councillors vote to reverse the closure. The council chief executive, Maren Quill-Hardy, says the council will put in 1 million euro from its reserves.",
                             "The council says the car park beside the lido is due to be resurfaced by summer.")

said_only = app_fixture("dunvarra_lido_said_only.txt", SAID_ONLY)


def test_a_later_saying_of_the_doer_is_not_given_as_what_it_did(said_only):
    replies(said_only, "Why did the council turn down the minister's grant for the lido?", "announces a grant",
            lacking="car park")
