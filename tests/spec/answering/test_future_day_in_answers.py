"""A weekday in a clause about something still to come is dated forwards, in the answer's label
too: "said harvesters would meet in Shippagan, N.B., on Saturday" is the coming Saturday, though
the statement ledger dates the saying by that phrase."""

from datetime import date

import pytest

from bot.answering.dates import dated_phrase, future_day
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

TUESDAY = date(2025, 3, 18)

ARTICLE = """Fishers to vote on delaying lobster season

HALIFAX, March 18, 2025 — Lobster fishers in the Northumberland Strait said on Tuesday they were angry at a cut to their catch limits.

Marc Doucet, president of the Strait Fishers' Association, said members would meet in Pictou, N.S., on Saturday to decide whether to delay the start of their season in protest.
"""


def test_a_place_and_its_region_between_commas_do_not_end_the_future_clause():
    text = "Doucet said members would meet in Pictou, N.S., on Saturday to decide."
    assert dated_phrase(text, TUESDAY) == "on Saturday (22 March 2025)"
    assert future_day(text, TUESDAY) == "on Saturday (22 March 2025)"


def test_a_past_weekday_is_no_future_day():
    assert future_day("The fishers met in Pictou, N.S., on Saturday.", TUESDAY) is None
    assert future_day("The season will open late, Doucet said on Saturday.", TUESDAY) is None


app = app_fixture("lobster_season.txt", ARTICLE)


def test_when_is_the_meeting_is_answered_with_the_coming_day(app):
    answers(app, "On what date are the lobster fishers meeting to decide whether to delay their season?",
            "22 March 2025")


@pytest.mark.parametrize("sentence", [
    "The closure takes effect Friday, according to a news release from the parks department.",
    "The new fares come into force Friday, the operator said.",
    "The ban goes into effect on Friday.",
])
def test_a_timetable_verb_with_a_bare_weekday_looks_forward(sentence):
    # (US copy writes "takes effect Friday" with no preposition: the coming Friday, not the last)
    assert dated_phrase(sentence, TUESDAY).endswith("(21 March 2025)")
