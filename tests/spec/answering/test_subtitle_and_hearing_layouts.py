"""A news item's subtitle file and a hearing's line-numbered transcript answer as articles do: a
"REPORTER:" label over narration is no question turn (only a reporter's question is); an
interviewee is asked by the role their lower third gives; a hearing's words are quoted without their
line numbers. Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers
# (the invented documents the statement specs read: one text of each layout, answered here)
from tests.spec.statements.test_statements_spec_hearing_transcripts import HEARING
from tests.spec.statements.test_statements_spec_subtitle_lower_thirds import SRT

subtitles = app_fixture("harbour.srt.txt", SRT)
hearing = app_fixture("hearing.txt", HEARING)
# counsel asks yes or no; the witness says so, then what
hearing_yes = app_fixture("hearing_yes.txt", HEARING.replace(
    "24   Q.  What has changed since that night?\n25   A.  Every list is now checked each week by two people.",
    "24   Q.  Has anything changed at the centre since?\n25   A.  Yes.  Every list is now checked each week by two people."))


def test_a_reporters_narration_answers(subtitles):
    answers(subtitles, "When was the timetable change confirmed?", "confirmed on Monday")


def test_an_interviewee_asked_by_the_role_of_her_lower_third(subtitles):
    answers(subtitles, "What does the shop owner say is the only thing that keeps them going?", "fishing boats")


def test_a_hearing_answer_quoted_without_its_line_numbers(hearing):
    answers(hearing, "How many phones got the alert and how many should have?", "so only 214 phones got it when 1,900 should have")


def test_a_question_line_holds_the_role_asked(hearing):
    answers(hearing, "Who was the duty controller that night?", "duty controller at the Glenmoray control centre")


def test_a_bare_yes_opening_the_reply_is_followed_by_what_it_says(hearing_yes):
    answers(hearing_yes, "What has changed at the control centre since the flood?", "checked each week by two people")


def test_how_long_a_thing_still_lasts_is_told_by_its_end(subtitles):
    answers(subtitles, "How long does the ferry's time in dry dock last?", "until March")
