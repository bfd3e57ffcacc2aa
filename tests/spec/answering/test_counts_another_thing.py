"""A how-many question is answered only by a number that counts what it asks, as it asks it:
"67 cases of fever, mostly among children" counts no deaths; "40 seal colonies" counts no seals
culled; "produced 8,400 tonnes in 2023" gives no figure for 2025; "permission to cull two seals" is
no cull done. A count written another way still answers: "with three abstentions" counts the members
who abstained, and "cutting 12 hours of opening a week" the hours lost."""

import pytest

from tests.spec.answering.asks import answers, declines, replies

WIRE = """Title: Fever cases rise in dry hill villages
Date: 2025-09-12

Marvanti, Upper Dolmar (HNA) - The Dolmar District Government has begun trucking drinking water to nine hill villages hit by the dry season, officials said on Friday.

District Head Teodora Vasquine urged residents not to use water from irrigation channels for drinking, as the District Health Office had recorded 67 cases of fever in the villages in the past two weeks, mostly among children.

The Oskel smelter, which produced about 8,400 tonnes of zinc in 2023, is the largest employer in the district.

Along the coast, the fisheries board has applied to the province for permission to cull two grey seals that keep raiding fish farms. According to the board, around 40 seal colonies live along the Dolmar coast.
"""

CAMPUS = """Title: Assembly votes against library cuts
Date: 2026-02-05

The Student Assembly voted 17-5, with three abstentions, on Wednesday night to oppose a plan that would shorten the hours of the Perrin Library.

The Perrin Library will close at 7pm instead of 10pm from March 1, cutting 12 hours of opening a week, the university said on Monday.

Assembly member Tobias Renwick '27 asked whether the library budget would rise next year.

"The Perrin Library will keep its Sunday hours, and we are looking at whether a reading room can stay open later," a university spokesperson said.
"""


@pytest.fixture(scope="module")
def wire(app_over):
    with app_over("fever.txt", WIRE) as app:
        yield app


@pytest.fixture(scope="module")
def campus(app_over):
    with app_over("assembly.txt", CAMPUS) as app:
        yield app


def test_cases_of_an_illness_are_no_deaths(wire):
    declines(wire, "How many children have died of fever in the hill villages?")


def test_a_figure_for_another_year_is_no_answer(wire):
    declines(wire, "How much zinc did the Oskel smelter produce in the first half of 2025?")


def test_leave_to_cull_is_no_cull_done(wire):
    declines(wire, "How many grey seals have been culled along the Dolmar coast this year?")


def test_the_counts_asked_are_still_answered(wire):
    answers(wire, "How many cases of fever has the health office recorded?", "67")
    answers(wire, "How much zinc did the Oskel smelter produce in 2023?", "8,400")


def test_abstentions_count_the_members_who_abstained(campus):
    answers(campus, "How many assembly members abstained on the library vote?", "three abstentions")


def test_hours_cut_are_the_hours_lost(campus):
    answers(campus, "How many hours of opening a week will the library lose?", "12 hours")


def test_a_class_year_is_no_amount(campus):
    declines(campus, "By how much will the library budget rise next year?")


MIXED = """Title: Election watchdog reports on campaign
Date: 2025-02-24

Commissioner Ilse Marwood said the commission had received nine complaints of vote buying during the campaign and that police had seized Rs 12.4 lakh in cash.

There are sixteen porters on nights and not one of them knows where they will work next year, said porter Nuala Breen.
"""


@pytest.fixture(scope="module")
def mixed(app_over):
    with app_over("watchdog.txt", MIXED) as app:
        yield app


def test_measures_and_counts_of_the_act_still_answer(mixed):
    answers(mixed, "How much cash did the police seize?", "12.4 lakh")
    answers(mixed, "How many porters work at night?", "sixteen")


DENIED = """Title: Ferry grounding: passengers safe
Date: 2025-06-02

The Carrow Sound ferry ran aground on a sandbank off Pellis Point on Sunday with 212 passengers on board, the harbour master, Osric Tamblyn, said.

No passengers were injured, although four crew members were treated for minor cuts, the operator said on Monday.

All 212 passengers were taken ashore at Pellis by two lifeboats and a fishing boat by Sunday evening.
"""


@pytest.fixture(scope="module")
def denied(app_over):
    with app_over("ferry.txt", DENIED) as app:
        yield app


def test_a_denial_of_the_thing_counted_answers_beside_another_count(denied):
    # "No passengers were injured" answers how many were, though its number counts crew members
    replies(denied, "How many passengers were injured when the ferry ran aground?", "No passengers were injured",
            lacking="212 passengers were taken")
