""""How large a fine has the regulator imposed?" where the article says only that the minister
"would not rule out fines": a thing left possible is neither done nor denied, and a number about
something else in the sentence ("within ten days") does not answer it. Where the fine is given, it does."""

from bot.answering.predicate import leaves_open, predicate_of
from bot.answering.question import analyse
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

LIVE = """LIVE: Water outage in Carrow – supply returning to most homes

Live updates · Tuesday 14 October 2025

11:40 – Minister demands report
Environment minister Ruth Adeyemi said the government would demand a full report from Carrow Water within fourteen days and would not rule out fines.

10:15 – Company apologises
Carrow Water said about 80,000 homes lost supply overnight after a main burst near the treatment works.
"""

WIRE = """Regulator fines rail operator over cancellations

LONDON, March 3 - The rail regulator has fined Westline Trains 4.2 million pounds for cancelling thousands of services at short notice last winter, it said on Monday.

The Harbour Group, which bought into the company in 2019, owns 60 per cent of Westline Trains.
"""


live = app_fixture("carrow.txt", LIVE)
wire = app_fixture("westline.txt", WIRE)


def test_a_negated_rule_out_leaves_it_open():
    assert leaves_open("She would not rule out fines.")
    assert leaves_open("The club has not excluded legal action.")
    assert not leaves_open("The company had not received a fine.")


def test_the_perfect_parsed_as_have_asks_about_something_done():
    p = predicate_of("How large a fine has the government imposed on the company?")
    assert p is not None and (p.lemma, p.past) == ("impose", True)


def test_a_fine_not_ruled_out_is_no_fine_imposed(live):
    declines(live, "How large a fine has the government imposed on Carrow Water?")


def test_a_fine_imposed_is_answered(wire):
    answers(wire, "How large a fine has the rail regulator imposed on Westline Trains?", "4.2 million")


def test_how_large_a_penalty_measures_the_penalty_but_a_share_is_the_number_itself():
    assert analyse("How large a penalty has the regulator imposed?").counted == ("penalti",)
    assert analyse("How large a share of the company does the group own?").counted == ()


def test_how_large_a_share_is_answered_by_the_share(wire):
    # A share or a fine is the number itself ("owns 60 per cent", "a fine of ..."): no "60 shares" is looked for.
    answers(wire, "How large a share of Westline Trains does the Harbour Group own?", "60 per cent")

