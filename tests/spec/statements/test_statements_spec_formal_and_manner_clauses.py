"""Formal reporting verbs of Philippine, Indian and Nigerian English papers, and a manner-of-speaking
verb with a that-clause.

Every article here is invented. "The senator averred that ...", "opined that ...", "divulged
that ..." report speech as "said that" does; "quipped that the tents have become ..." reports
it too, though "quipped" alone after no quotation is a gesture. A surname's particle ("Rosauro
Dela Paz") is no given name: the name keeps its first word.
"""

from datetime import date

from tests.spec.invented import statements_of, the_one

STORY = """Mayor seeks probe into stalled markets

05:32 PM March 16, 2025

ILOILO CITY, Philippines — A mayor on Sunday called for an inquiry into two unfinished public markets.

Mayor Rosauro Dela Paz said only four of the 30 market stalls had been finished.

The mayor averred that contractors who failed to deliver should be barred from new bids.

Vendors' group leader Nenita Sabalones opined that the budget had been too small from the start.

Councilor Dindo Macaraeg divulged that a second audit was already under way.

Sabalones quipped that the tarpaulin roofs "have become permanent fixtures."

Dela Paz smiled and waved at the vendors.
"""


def test_formal_reporting_verbs_give_statements():
    stmts = statements_of(STORY)
    assert the_one(stmts, "barred from new bids").speaker == "Rosauro Dela Paz"
    assert the_one(stmts, "too small from the start").speaker == "Nenita Sabalones"
    assert the_one(stmts, "second audit").speaker == "Dindo Macaraeg"


def test_a_surname_particle_keeps_the_given_name():
    assert the_one(statements_of(STORY), "only four of the 30").speaker == "Rosauro Dela Paz"


def test_a_manner_verb_with_a_that_clause_reports_speech_but_a_gesture_does_not():
    stmts = statements_of(STORY)
    assert the_one(stmts, "permanent fixtures").speaker == "Nenita Sabalones"
    assert not [s for s in stmts if "waved" in s.content]


SENATOR = """Senator seeks probe into stalled classrooms

05:32 PM March 16, 2025

MANILA, Philippines — A senator on Sunday called for an inquiry into unfinished school buildings.

Sen. Corazon "Cora" Magbanua-Ilustre filed a resolution on 275 delayed classroom projects.

Councilor Dindo Macaraeg said the city had no say over national projects.

The senator averred that contractors who failed to deliver should be blacklisted.
"""


def test_the_role_an_abbreviated_title_stands_for_finds_its_holder_later():
    assert the_one(statements_of(SENATOR), "should be blacklisted").speaker == "Corazon Magbanua-Ilustre"


def test_a_day_in_an_adding_clause_dates_what_is_added_not_the_saying():
    text = SENATOR + (
        '\n"We are re-bidding the projects," Councilor Macaraeg said, adding that 40 classrooms would be '
        "turned over before the school year opens in June.\n")
    stmts = statements_of(text)
    rebid = the_one(stmts, "re-bidding the projects")
    assert (rebid.speaker, rebid.when_start) == ("Dindo Macaraeg", date(2025, 3, 16))
