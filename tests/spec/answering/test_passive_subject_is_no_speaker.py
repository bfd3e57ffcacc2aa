"""A passive question's subject is done to, not a speaker: "When were the two climbers spotted?"
asks when someone spotted them, and the answer is another's sentence about them ("a helicopter crew
spotted the pair ..."), not words the climbers said. "What was the warden quoted as saying?" still
asks for the warden's words. The article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Two climbers found alive after two nights on Ben Corrach

By Isla Fenwick, 14 March 2026

Two climbers who went missing on Ben Corrach on Thursday have been found alive, Glen Aird Mountain Rescue Team said yesterday.

Team leader Callum Breck said a coastguard helicopter crew spotted the pair in a gully below the north ridge at 6.40am on Saturday, after two nights in temperatures as low as minus eight.

"They had dug a snow hole and stayed in it, which is exactly the right thing to do," Mr Breck said.

The climbers, both in their twenties, were flown to Raigmore Hospital with mild hypothermia.

Their families thanked the rescuers in a statement, saying the team had "given us back our boys".

Estate warden Moira Tully was quoted as saying the ridge had seen "three serious falls this winter alone".
"""

app = app_fixture("corrach_climbers.txt", ARTICLE)


def test_when_the_climbers_were_spotted(app):
    answers(app, "When were the climbers spotted?", "6.40am")


def test_where_the_climbers_were_flown(app):
    answers(app, "Where were the climbers flown?", "Raigmore")


def test_a_passive_of_speech_still_asks_for_words(app):
    answers(app, "What was the estate warden quoted as saying?", "three serious falls")
