"""A how-many question on a count a transcript turn reports in a sentence of its own ("She says
about 240 drivers are affected." / "She says about 1,100 people are affected."): people of any
kind counted by what befalls them answer a count of one kind of person, though the sentence
before, naming the speaker, shares more of the question's words.

Every article here is invented, in two styles: a TV news transcript and a radio bulletin script.
"""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers
TV_PEOPLE = """SHOW: NIGHTLY WIRE WITH OSWIN FALLAHAY
Aired May 6, 2025 - 21:00 ET

OSWIN FALLAHAY, HOST: Good evening. A freight train left the rails this morning. Delphine, what do we know?

DELPHINE MARROW-QUIST, CORRESPONDENT: Oswin, nine wagons are still lying beside the track behind me.

FALLAHAY: And the union?

MARROW-QUIST: The union's branch secretary, Ingrid Salcombe-Ray, who is no relation to the driver you just heard, told me this afternoon that she wants the authority to pay every registered driver four hours a day until the line reopens. She says about 240 people are affected.

FALLAHAY: Thank you, Delphine.
"""

BULLETIN = """TOLBAY SOUND NEWS - BULLETIN SCRIPT
Published: 9 April 2025

The ferry strike is into its second day.

The union's branch chair, Jory Trevaskis, says the operator should give every ferry passenger two free return tickets. He says about 380 people are affected.

The operator says it will run a reduced timetable from Friday.
"""

stories = articles_fixture({"tv.txt": TV_PEOPLE, "bulletin.txt": BULLETIN})


def test_a_correspondents_count_of_people_affected_answers_a_count_of_drivers(stories):
    answers(stories, "How many drivers does the union's branch secretary say are affected?", "240")


def test_a_bulletins_count_of_people_affected_answers_a_count_of_passengers(stories):
    answers(stories, "How many ferry passengers does the union's branch chair say are affected?", "380")
