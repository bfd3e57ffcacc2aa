""""Why is the traders' union suing the council?" where the union "would not go to court": the
premise is denied in other words (index/vocabulary.yaml event_phrases), and the answer says the
articles do not say so, citing the denial. Where the act is reported, the why is answered."""

from bot.answering.predicate import happened, predicate_of

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, replies

NEWSPAPER = """Kaduma traders reject market relocation

Published 2nd July, 2025

The Kaduma Municipal Council has ordered traders at the Oja Tuntun market to move to a new site by the end of August.

Reacting, the chairman of the Market Traders Union, Alhaji Musa Bello, described the order as "wicked and sudden".

He, however, said the union would not go to court for now, but would meet the council chairman next week.
"""

WIRE = """Nurses strike over unpaid overtime

BRANTFORD, Sept 9 - Nurses at Brantford General Hospital walked out on Monday because overtime pay had not been paid for three months, their union said.
"""


newspaper = app_fixture("kaduma.txt", NEWSPAPER)
wire = app_fixture("brantford.txt", WIRE)


def test_an_act_named_in_other_words():
    assert happened("The union would not go to court for now.", "sue") == "negated"
    assert happened("Nurses walked out on Monday.", "strike") == "yes"


def test_a_why_question_in_the_present_asks_about_something_going_on():
    assert predicate_of("Why is the traders' union suing the council?").ongoing


def test_why_a_denied_act_is_corrected(newspaper):
    replies(newspaper, "Why is the traders' union suing the Kaduma council over the relocation?", "do not say so",
            "would not go to court")


def test_why_a_reported_act_is_answered(wire):
    answers(wire, "Why did the Brantford nurses strike?", "overtime", lacking="do not say")
