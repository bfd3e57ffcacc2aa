""""At what ground", "in which hospital" ask for a place as "where" does; and a where-question about
what is still to come ("where will they host ...") is answered by the venue of what is to happen,
not the venue where something already happened (a press conference the day before)."""

import pytest

from bot.answering.question import analyse
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

PREVIEW = """Harlowe Town v Brisley Athletic: what the manager said

HARLOWE, England - Harlowe Town manager Ossian Pettigrew spoke to reporters at the club's training ground on Thursday, two days before Saturday's cup tie against Brisley Athletic.

Pettigrew said his striker, Kofi Mensah-Laird, had recovered from a hamstring strain and would start.

The club secretary, Wenna Tregothnan, said 8,100 of the 8,400 tickets for the tie had been sold. It will be the biggest crowd at the Quarry Road ground since 2011, she said.

Harlowe go into the game sixth, one place above Brisley.
"""

LETTER = """Letters: the quarry plan

Sir, the parish council has not taken a position on the quarry extension, whatever you may have read on social media.

We will hold an open meeting in the Methodist schoolroom in Penwithick on 12 March, and I would urge everyone with a view on the extension to come.

Jory Angove, chair, Penwithick parish council
"""


preview = app_fixture("harlowe_preview.txt", PREVIEW)
letter = app_fixture("quarry_letter.txt", LETTER)


@pytest.mark.parametrize("question", [
    "At what ground will Harlowe host Brisley?",
    "In which hospital was the striker treated?",
    "From which port did the ferry sail?",
    "Which ground will the cup tie be played at?",
    "At which station did the train stop?",
])
def test_a_preposition_asking_for_a_venue_asks_where(question):
    q = analyse(question)
    assert q.kind == "where" and q.asks == "place", (q.kind, q.asks)


@pytest.mark.parametrize("question", ["In what way did the plan change?", "At what time did the train leave?",
                                      "At what stage did the talks collapse?"])
def test_a_preposition_asking_for_a_manner_or_a_time_does_not(question):
    assert analyse(question).kind != "where"


@pytest.mark.parametrize("question", [
    "At what ground will Harlowe host Brisley?",
    "Where will the biggest crowd since 2011 watch Harlowe?",
])
def test_the_venue_of_the_game_to_come_not_of_the_press_conference(preview, question):
    answer = answers(preview, question, "Quarry Road ground")
    assert "Quarry Road" in answer.citations[0].text, answer.text


@pytest.mark.parametrize("question", [
    "Where will people be able to debate the quarry extension?",
    "Where will the open meeting on the quarry be held?",
])
def test_the_venue_of_a_meeting_to_come_is_read_from_its_own_sentence(letter, question):
    answers(letter, question, "Methodist schoolroom")


CUTS = """Boiler maker Kestral to cut 600 jobs after sales slump

OSLO, March 12 (Meridian) - Boiler maker Kestral ASA said on Wednesday it would cut about 600 jobs, roughly a tenth of its workforce, as demand in Poland and Austria kept falling.

Chief executive Sigrun Aasheim-Dahl told analysts on a call that most of the cuts would fall at the company's factory in Moelv and at its sales offices in Poland.

The job cuts angered workers in Moelv, where Kestral is the largest employer.
"""


cuts = app_fixture("kestral_cuts.txt", CUTS)


@pytest.mark.parametrize("question", ["Where will most of the Kestral job cuts fall?", "Where will most of Kestral's jobs go?"])
def test_the_datelines_city_is_not_where_what_is_to_come_will_happen(cuts, question):
    answer = cuts.answer(question)
    assert not answer.abstained and "factory in Moelv" in answer.citations[0].text, answer.text
