"""A person's role is written for a body the story named before by its noun alone: "Norvale's
regional roads agency ..." then "Lucan Vedrossi, the head of the agency". A question that gives the
body in full ("Who is in charge of Norvale's regional roads agency?") asks for that person: the
words that qualify the body are the article's, said where it first named it. Asked nothing but the
role, the answer is its holder's sentence, not another on the body's subject.""" 

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, replies


REVIEW = """Roads agency warns of pothole backlog after wet winter

Norvale's regional roads agency said on Friday that it would need two years to repair the potholes left by the wettest winter on record.

Lucan Vedrossi, the head of the agency, told the Evening Courier that crews had filled 14,000 holes since January "and found two new ones for every one we filled".

A spokeswoman for the agency, Petra Halloway-Dune, said the repairs would cost about 30 million crowns.

Hauliers said the state of the roads was costing them tyres and axles.

In the capital, the weekly Tidewater Ledger reports that Norvale's regional officials have asked the national roads agency for an emergency grant.
"""

review = app_fixture("roads.txt", REVIEW)


def test_the_head_of_the_body_named_by_its_noun_is_named(review):
    answers(review, "Who is in charge of Norvale's regional roads agency?", "Vedrossi")


def test_the_head_is_asked_in_other_words(review):
    answers(review, "Who is the head of the regional roads agency in Norvale?", "Vedrossi")


def test_another_body_of_the_same_noun_is_not_the_one_described(review):
    replies(review, "Who is in charge of Norvale's regional rail agency?", lacking="Vedrossi")


WIRE = """Tallowmere Energy weighs sale of wind unit

OSLO, March 4 (Meridian Wire) - Tallowmere Energy is exploring a sale of its offshore wind unit, two people familiar with the matter said.

Tallowmere Energy declined to comment on the talks. Shares in Tallowmere Energy rose 4% in early trading.

At an investor day in January, chief executive Ingrid Vassbotn-Lerche told analysts that wind was "the heart of everything we build".
"""

wire = app_fixture("tallowmere.txt", WIRE)


def test_the_body_speaking_is_not_its_chief_executive(wire):
    answers(wire, "Who is Tallowmere Energy's chief executive?", "Vassbotn-Lerche")
