"""A report, survey, test result or decision that the article says is only expected, due, awaited,
pending, to be published or put off has not found, shown or decided anything the article can
report: "what did the report find" is not answered by the sentence that says it is expected. A
question that the article's interviewer asks is no answer either."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.articles_withheld import LOCAL, TRANSCRIPT, WIRE
from tests.spec.answering.asks import answers, ask, declines, table

PUBLISHED = """Inspectors find faults at Orla dam

DUBLIN, June 3 - A report by the national dam inspectorate, published on Tuesday, found cracks in two of the Orla dam's spillways.

The report is the first since 2015. Its authors said repairs should begin within a year.
"""


wire = app_fixture("harlow.txt", WIRE)
local = app_fixture("millbrook.txt", LOCAL)
transcript = app_fixture("portavila.txt", TRANSCRIPT)
published = app_fixture("orla.txt", PUBLISHED)


@pytest.mark.parametrize("question", [
    "What did the mines inspectorate's report find?",
    "What did the safety report say about the Kestrel pit?",
])
def test_an_expected_report_found_nothing_yet(wire, question):
    declines(wire, question)


test_declines = table(declines, [
    ask("local", "What was the final decision on the Millbrook bypass?", id="an_awaited_decision_is_no_decision"),
    ask("local", "What did the environmental survey show about Hatch Wood?",
        id="a_survey_due_next_month_showed_nothing_yet"),
    ask("transcript", "What caused the contamination of Port Avila's water?",
        id="the_interviewers_question_is_no_answer"),
])


def test_a_published_report_is_answered(published):
    answers(published, "What did the dam inspectorate's report find?", "cracks")


TWO_MEETINGS = """Trade row: flour duty stays as talks loom

ASTANA, Feb 14 - Kazakh and Kyrgyz finance officials agreed on Wednesday to keep a 10% duty on imported flour until the end of the year, the Kazakh finance ministry said.

Deputy ministers from the two countries are due to meet in the Kyrgyz city of Tarsk on Monday, according to both ministries.
"""


two_meetings = app_fixture("tarsk.txt", TWO_MEETINGS)


def test_what_was_agreed_at_their_meeting_still_to_come(two_meetings):
    declines(two_meetings, "What did the deputy ministers agree at their meeting in Tarsk?", "due to meet")
