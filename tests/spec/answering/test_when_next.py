"""A when-question about what is still to come ("due to meet again", "when will the talks resume")
is answered by a day after the report's own, not by the report's day (the meeting just minuted)."""

import pytest

from bot.answering.next_dates import asks_ahead, days_ahead
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

MINUTES = """ASHWORTH MAGNA PARISH COUNCIL

Minutes of the meeting of the parish council held in the Reading Room, Ashworth Magna, on Tuesday 4 March 2025 at 7.30pm

Present: Cllr Ada Thornbury (Chair), Cllr Piers Ollerenshaw, Cllr Nell Saberton

25/031 Finance
The Clerk reported that reserves stood at £48,900. RESOLVED to accept the accounts for February.

25/032 Village hall roof
Cllr Saberton said the hall roof had leaked "in every storm since Christmas" and asked for a survey.

25/033 Date of next meeting
Tuesday 8 April 2025 at 7.30pm.

The meeting closed at 9.05pm.
"""

TALKS = """Harbour pilots and port authority fail to agree on rosters

PORT BRENNICK, 12 May 2025 - Talks between the harbour pilots' association and the Brennick port authority broke up on Monday without an agreement on night rosters, the third round to end that way since 14 April 2025.

The pilots' chairman, Ewan Talisker, said the authority had "not moved an inch" on rest periods.

Both sides said they would meet again on 26 May 2025, with a mediator from the labour ministry present.
"""


minutes = app_fixture("ashworth_minutes.txt", MINUTES)
talks = app_fixture("pilots_talks.txt", TALKS)


@pytest.mark.parametrize("question", [
    "When is the Ashworth Magna council due to meet again?",
    "When will the parish council next meet?",
])
def test_the_next_meeting_is_the_day_after_the_minutes_not_their_own(minutes, question):
    answer = answers(minutes, question, "8 April 2025")
    assert not any("Minutes of the meeting" in c.text for c in answer.citations), answer.text


@pytest.mark.parametrize("question", [
    "When are the pilots and the port authority due to meet again?",
    "When will the talks between the pilots and the port authority resume?",
])
def test_talks_due_to_resume_are_answered_by_the_day_ahead(talks, question):
    answers(talks, question, "26 May 2025")


def test_only_questions_about_what_is_to_come_look_ahead():
    assert asks_ahead("When is the council due to meet again?")
    assert asks_ahead("When will the talks resume?")
    assert not asks_ahead("When did the council last meet?")
    assert not asks_ahead("When was the bridge closed?")


def test_a_day_is_ahead_or_behind_the_report_by_its_year_or_its_tense():
    from datetime import date

    published = date(2025, 3, 4)
    assert days_ahead("Tuesday 8 April 2025 at 7.30pm.", published) == (True, False)
    assert days_ahead("held on Tuesday 4 March 2025 at 7.30pm", published) == (False, True)
    assert days_ahead("We will hold a public meeting on 6 November.", published) == (True, False)
