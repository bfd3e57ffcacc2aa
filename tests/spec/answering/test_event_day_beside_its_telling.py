"""A when-question about what a sentence reports is answered with the day of the thing, not only the
day it was told: "the pontoon gave way during Saturday's heats, the association said yesterday"
shows yesterday's date and Saturday's. Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

REGATTA = """The Karrow Herald
Wednesday 14 October 2026

Boat race final put back after pontoon gives way

By Tendai Mupfumi

KARROW - The Karrow regatta's final has been postponed after a floating pontoon gave way during Saturday's heats, injuring three rowers, the Karrow Rowing Association said yesterday.

Association secretary Nyasha Gwatidzo said the final would now be held next Wednesday, once engineers had inspected the moorings.

"We cannot put crews on the water until every pontoon is checked," Mr Gwatidzo said.
"""

WAREHOUSE = """Ferrybridge Courier
Wednesday 14 October 2026

Man held after warehouse fire

A man was arrested on Monday after a fire at a warehouse in Ferrybridge, police said yesterday.

The blaze destroyed stock worth thousands of pounds, the owner said.
"""

regatta = app_fixture("karrow_regatta.txt", REGATTA)
warehouse = app_fixture("ferrybridge_fire.txt", WAREHOUSE)


def test_a_possessive_weekday_dates_the_event_told_yesterday(regatta):
    answers(regatta, "When did the pontoon give way?", "10 October 2026")


def test_the_day_of_an_arrest_is_shown_beside_the_day_police_told_it(warehouse):
    answers(warehouse, "When was the man arrested?", "12 October 2026")


def test_a_sentence_dated_only_by_its_telling_keeps_that_day(regatta):
    answers(regatta, "When will the regatta final be held?", "21 October 2026", lacking="of ")
