""""What did the firm promise its workers?" is answered by what will be done ("We'll pay everyone
..."), said in a quote that shares none of the question's words, over the story's report of what
happened, which shares them all."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

BULLETIN = """Midday news

NEWSREADER: Firefighters are still damping down after a large fire at a bakery on Thornby's quayside overnight.

Ten crews were sent to the Hollin Bakeries building just after three o'clock this morning, and around thirty workers on the night shift were led out safely.

Hollin Bakeries employs about 180 people. Its operations director, Saoirse Pelloux, told the station nobody had been hurt.

CLIP (PELLOUX): "My first thought is with the bakers who were on overnight. They did exactly what they'd been trained to do. We'll pay everyone for the rest of this month while we work out what's left."
"""

bulletin = app_fixture("bulletin.txt", BULLETIN)


def test_a_promise_in_the_speakers_words_answers_what_the_firm_promised(bulletin):
    answers(bulletin, "What did the bakery firm promise its workers after the fire?", "pay everyone")


FLOOD = """Flood hits Carrowvane; town opens relief

CARROWVANE — Floodwater has damaged more than 200 homes in two riverside districts here since the weekend, local officials said, in what residents call the worst flood in twenty years.

Mayor Ilse Brennagh placed the two districts under a state of emergency on Monday, allowing the town to release reserve funds to affected households.

"We have 210 households in these streets and nearly all of them have lost furniture. We will give each household a cleaning kit and 400 crowns in cash from Thursday," the mayor told reporters at the town hall on Monday.

The town last declared an emergency over a flood in 2009.
"""

flood = app_fixture("flood.txt", FLOOD)


def test_help_being_given_is_answered_by_what_will_be_given(flood):
    answers(flood, "What help is the town giving each household hit by the flood?", "cleaning kit", lacking="2009")
