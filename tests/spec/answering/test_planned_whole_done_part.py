"""A count of the part done of a planned whole ("Only 14 kilometres of the planned 40-kilometre
towpath have been resurfaced") answers "how many kilometres have been finished": "planned" gives
the whole's size, and the clause says the part is done, so the towpath is not only still to come
(bot/answering/ahead.py), even when every other sentence naming it tells what is due."""

from bot.answering.ahead import ahead_nouns

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

TOWPATH = """Half-mended towpath leaves Quarley boaters wading through mud

QUARLEY, May 22: Boat dwellers on the Quarley Cut say they have waded through mud almost every day this month along a towpath that was due to be resurfaced in March.

Only 14 kilometres of the planned 40-kilometre towpath have been resurfaced, according to the canal trust's district office.

"A new contractor has been chosen and work will restart by the end of June," said the trust's engineer, Tobin Varley. He said the towpath would be finished by October.
"""

towpath = app_fixture("towpath_resurfacing.txt", TOWPATH)


def test_a_planned_whole_in_a_clause_of_what_is_done_is_not_still_to_come():
    assert "towpath" not in ahead_nouns("Only 14 kilometres of the planned 40-kilometre towpath have been resurfaced.")
    assert "review" in ahead_nouns("The planned review will look at every lock.")


def test_how_many_kilometres_are_finished_gives_the_part_done(towpath):
    answers(towpath, "how many kilometres of the towpath have been finished", "14 kilometres")
