"""A person described by a byname ("the coach nicknamed the Professor", "the keeper known as the
Wall") is found first by the sentence that gives the byname, however it writes it ("known to fans
as ..., the Professor"), and the question is then asked about them by name."""

import pytest

from bot.answering.hops import described

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

BRIEFING = """Morning sports briefing

1. Rugby: a quiet week at Harrowfield

Harrowfield Town's head coach, Marek Zielinski, known to supporters as Profesor, the Professor, for the notebook he carries onto the pitch, was in a good mood yesterday. "You do not change the words of a sentence that works," he said, after his side beat Castlemoor Vale 24-10 in Saturday's league match.

2. Athletics: records at the indoor meeting

Two national records fell at the indoor meeting in Drayholt on Friday.
"""


@pytest.mark.parametrize("question, phrase, nickname", [
    ("Which team did the coach nicknamed the Professor beat on Saturday?", "the coach nicknamed the Professor", "the Professor"),
    ("What did the goalkeeper known as the Wall say about the penalty?", "the goalkeeper known as the Wall", "the Wall"),
])
def test_a_byname_describes_a_person(question, phrase, nickname):
    d = described(question)
    assert d is not None and d.phrase == phrase and d.clause == nickname and d.asks == "person"


def test_a_thing_called_so_is_no_person():
    assert described("Where does the ferry called the Silver Gull sail from?") is None


briefing = app_fixture("sports_briefing.txt", BRIEFING)


def test_the_question_is_asked_about_the_person_with_the_byname(briefing):
    answers(briefing, "Which team did the coach nicknamed the Professor beat on Saturday?", "Castlemoor Vale",
            "Zielinski")
