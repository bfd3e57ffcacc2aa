"""A change "to X from Y" answers what something was changed to: "cut his rating on the shares to
sell from neutral" is a change of the rating, done, not an infinitive of purpose still to come."""

from bot.answering.predicate import happened
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

WIRE = """Marwick Foods shares slide after profit warning

LONDON, May 6 (Reuters) - Shares in Marwick Foods fell 9% on Tuesday after the snack maker warned that rising cocoa prices would squeeze its margins this year.

"The warning is not the problem; the silence on pricing is," said Piotr Nawrocki, an analyst at Dunlin Securities who cut his rating on the shares to sell from neutral.

A company spokesperson said no changes to the dividend would be made until the annual meeting in July.
"""

BULLETIN = """Central bank lifts growth outlook

The Orvland central bank on Thursday raised its forecast for economic growth this year to 2.4% from 1.9%, citing stronger exports.

Governor Hanna Ekdahl said the bank would review its interest rate at its next meeting, in September.
"""


wire = app_fixture("marwick.txt", WIRE)
bulletin = app_fixture("orvland.txt", BULLETIN)


def test_a_verb_to_x_from_y_says_the_change_happened():
    assert happened("The agency lowered the city's credit rating to BB from BBB.", "change") == "yes"
    assert happened("An analyst who cut his rating on the shares to sell from neutral said so.", "change") == "yes"


def test_a_change_to_x_from_y_under_a_future_verb_is_still_to_come():
    assert happened("The board will move the final to Saturday from Sunday.", "change") == "future"


def test_what_the_analyst_changed_his_rating_to(wire):
    answers(wire, "What did the Dunlin Securities analyst change his rating on the shares to?", "to sell from neutral")


def test_what_the_bank_changed_its_forecast_to(bulletin):
    answers(bulletin, "What did the central bank change its growth forecast to?", "2.4%")
