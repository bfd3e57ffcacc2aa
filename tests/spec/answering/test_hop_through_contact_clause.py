"""A person described by a clause with its own subject and no relative word ("the chief the minister
spoke with on Monday", "the headman the governor phoned"): the sentence telling the act names them,
and the question is then asked about them by name, so the place named where they were introduced
answers "which community is led by ..."."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

TRANSCRIPT = """Media availability - Minister of Northern Affairs

January 20, 2026

MINISTER: Good afternoon. Three communities are still cut off by the ice.

QUESTION (Lakeland Herald): Mayor Delia Fonseca of Port Arvel said yesterday the province had forgotten the north. What do you say to her?

MINISTER: I met Mayor Fonseca on Tuesday, for most of the afternoon. I understand her anger, and the first supply flights will go to her town.
"""

WIRE = """Floods cut off river villages

YANGON, Aug 9 (Delta Wire) - Rising water has cut the road to four villages on the Thayet river.

Headman Saw Kyaw Lin of Myaing Kone village said about 300 families had moved to the monastery on higher ground.

The regional governor said she had phoned the headman Saw Kyaw Lin on Thursday and promised boats within two days.
"""

transcript = app_fixture("transcript.txt", TRANSCRIPT)
wire = app_fixture("wire.txt", WIRE)


def test_the_town_of_the_mayor_the_minister_met(transcript):
    answers(transcript, "Which town is led by the mayor the minister met on Tuesday?", "Port Arvel")


def test_the_village_of_the_headman_the_governor_phoned(wire):
    answers(wire, "Which village is led by the headman the governor phoned on Thursday?", "Myaing Kone")
