"""Questions about an act the article leaves open ("no decision on whether to sell it") or an
occasion still ahead of it ("at the November meeting" in minutes of October, the item deferred
to it): the articles do not say what happened, and the answer says so, citing the sentence that
shows why. Where the occasion is reported, the question is answered."""

from bot.answering.predicate import happened
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

OPEN = """Town weighs future of old depot

Published 6 May 2025

Marlow Cross town council closed its Bridge Street bus depot in April. A council spokesman said no decision had been made on whether to sell the building, and that residents would be consulted in the summer.
"""

MINUTES = """Minutes of the meeting of the Planning Committee held on Tuesday 14 October 2025 at 6.30pm

Present: Cllr Ashdown (Chair), Cllr Byrne, Cllr Okafor, Cllr Penrose.

Application 25/311, change of use of the former library on Kiln Road to flats. Cllr Byrne said residents had raised concerns about parking.

RESOLVED to defer the application to the November meeting so that a parking survey can be carried out.
"""

REPORTED = """Flats plan for old library approved

Published 20 November 2025

Councillors voted 5-2 at the November meeting of the Planning Committee to approve the conversion of the former library on Kiln Road into flats, after a parking survey found space for 40 cars.
"""


left_open = app_fixture("marlow_depot.txt", OPEN)
minutes = app_fixture("kiln_minutes.txt", MINUTES)
reported = app_fixture("kiln_report.txt", REPORTED)


def test_an_act_asked_whether_is_not_told():
    assert happened("No decision had been made on whether to sell the building.", "sell") != "yes"
    assert happened("Reporters asked whether she had resigned.", "resign") != "yes"
    assert happened("The council sold the building in March.", "sell") == "yes"


def test_a_sale_left_open_is_not_answered(left_open):
    declines(left_open, "How much money did Marlow Cross council get when it sold the depot building?",
             "whether to sell")


def test_a_vote_at_a_meeting_still_ahead_is_not_answered(minutes):
    declines(minutes, "How did the committee vote on the Kiln Road library flats at the November meeting?",
             "defer the application to the November meeting")


def test_a_vote_at_a_meeting_reported_is_answered(reported):
    answers(reported, "How did councillors vote on the Kiln Road library flats at the November meeting?", "5-2")
