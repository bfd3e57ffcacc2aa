""""What is the danger with X?" asks for a thing, not a person: "danger" is no role noun, and the answer is the sentence that holds the danger (or a word of its group,
"hazard", "risk"), not the one that holds most of X's description."""

import pytest

from bot.answering.question import analyse
from index.vocabulary import noun_asks

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

KETTLE = """Electric kettles recalled after reports of shocks

Product
The recalled Brightboil electric kettles have a brushed steel body, a 1.7-litre capacity and a blue power light, and were sold with a round plastic base.

Hazard
The base can crack when the kettle is set down hard, exposing live wiring and posing a risk of electric shock.

Remedy
Owners should unplug the kettles and return them to the store for a refund.
"""

BRIDGE = """Footbridge to stay shut over winter, council says

The footbridge over the canal at Millbrook will stay closed until the spring, the borough council said on Thursday.

The footbridge, opened in 1968, carries about 2,000 walkers and cyclists a day between the station and the town centre.

Engineers found that two of the steel cables holding the deck had corroded, and the council said the hazard was that the deck could drop without warning in freezing weather.

Repairs are expected to cost about £600,000.
"""


kettle = app_fixture("kettle_recall.txt", KETTLE)
bridge = app_fixture("footbridge.txt", BRIDGE)


@pytest.mark.parametrize("word", ["danger", "disaster", "incident", "connector", "heater"])
def test_things_ending_like_job_words_are_no_people(word):
    assert noun_asks(word) is None


@pytest.mark.parametrize("word", ["resident", "official", "inspector", "spokesman", "student"])
def test_job_words_are_still_people(word):
    assert noun_asks(word) == "person"


def test_the_danger_is_no_speaker():
    q = analyse("What is the danger with the recalled kettles?", None)
    assert q.role_head is None and q.speaker_phrase is None


def test_a_recall_notices_hazard_answers_the_danger(kettle):
    answers(kettle, "What is the danger with the recalled kettles?", "electric shock")


def test_the_sentence_with_the_danger_beats_the_description(bridge):
    answers(bridge, "What is the danger with the canal footbridge?", "drop without warning")
