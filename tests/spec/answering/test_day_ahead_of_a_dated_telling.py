"""A sentence that dates its telling and a day ahead ("said on Monday it would offer a meeting on
Wednesday"): the day ahead counts from the telling's day, and the answer's label shows the telling's
day and the day ahead, never the article's own date. Every article here is invented."""

from datetime import date

from bot.answering.dates import future_day
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

strike = app_fixture("strike.txt", (
    "From Civicpedia, the open news site anyone can edit!\n\n"
    "Dock workers strike at Port Varela\n\nThursday, June 12, 2025\n\n"
    "Dock workers at Port Varela went on strike on Monday after pay talks broke down.\n\n"
    "The regional mediation office said on Monday it would offer both sides a meeting on Wednesday in the "
    "harbour town of Escalona.\n\n"
    "Union leader Ximena Roblero told a radio station on Tuesday that members would stay out until a new "
    "offer was made.\n"))


def test_the_day_ahead_counts_from_the_telling_s_day():
    s = "The mediation office said on Monday it would offer both sides a meeting on Wednesday."
    assert future_day(s, date(2025, 6, 12)) == "on Wednesday (11 June 2025)"  # not the 18th
    assert future_day("Councillor Ada Moss said on Tuesday the vote would be held on Friday.", date(2025, 6, 12)) \
        == "on Friday (13 June 2025)"


def test_a_meeting_offered_on_a_day_is_answered_with_its_date_and_the_telling_s_day(strike):
    answers(strike, "On which date has the mediation office proposed a meeting of the two sides?",
            "11 June", "9 June", lacking="12 June")
