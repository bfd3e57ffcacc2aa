""""How many people live on X": a report counts a place's people by the words for those who live
there ("X's 480 residents", "its 1,200 inhabitants", "the island's 90 families"), not by "people",
so the count must be read from a number before a word of residence. The article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

REPORT = """The Harbour Courier

Wednesday, June 10, 2026

Ferry strike leaves Tallow Key cut off

By JONAH PELLEW
Courier Staff Reporter

The only ferry to Tallow Key has not sailed for nine days after its crew walked out over unpaid overtime.

Fisherman Tobiah Quennell, 58, said the people of Tallow Key were running out of diesel and ice for their catch.

The member for the district, Corinne Dalgleish, told the assembly on Monday that Tallow Key's 480 residents had been "left to fend for themselves".

The ferry company said it hoped to resume sailings next week.
"""

report = app_fixture("tallow_key_ferry_strike.txt", REPORT)


def test_a_count_of_people_living_somewhere_is_its_residents(report):
    answers(report, "how many people live on tallow key", "480")
