"""Where someone or something is from, as news writes it without a known place name: a person
introduced as "Name, 41, a nurse from Brackley Fen" in the sentence after the lede that describes
them ("a cyclist"), and a company on a labelled line of a notice ("Manufacturer: X Ltd., Town")."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

INQUEST = """Cyclist struck at roundabout had no lights, inquest told

A cyclist who was killed when a lorry struck her at a roundabout had been riding without lights, an inquest has heard.

Marta Ellwood, 41, a nurse from Brackley Fen, died on 3 March after the collision on the ring road.

The lorry driver, Owen Tasker, told the hearing he had not seen her until the last moment. "There was nothing on the road, and then there was," he said.

The coroner recorded a conclusion of accidental death.
"""

WIRE = """Hiker found alive after three nights on ridge

A hiker missing for three nights was found alive on Sunday by a volunteer search team, the county sheriff said.

The hiker, Tobias Krane, 27, an apprentice carpenter from Ostwick, had set out alone on Thursday with food for one day, Sheriff Dana Welk said.

"He did everything right once he was lost," Welk said. "He stayed put and he kept warm."

Volunteers searched more than forty square miles of forest before a dog picked up his trail.
"""

NOTICE = """Cordless drills recalled over battery fire risk

Recall notice
Date: 12 May 2026
Product: Vantix cordless drill, model VX-18
Hazard: The battery pack can overheat while charging.
Remedy: Stop using the drill and return the battery for a free replacement.

Companies
Manufacturer: Harlow Tool Works Ltd., Pellbridge
Importer: Seacrest Trading, Dunholt

The manufacturer said it had received 23 reports of batteries overheating, including two small fires in garages.
"""


inquest = app_fixture("inquest.txt", INQUEST)
wire = app_fixture("wire.txt", WIRE)
notice = app_fixture("notice.txt", NOTICE)


def test_a_home_town_in_the_sentence_naming_the_person_the_lede_describes(inquest):
    answers(inquest, "Where was the cyclist from?", "Brackley Fen")


def test_a_home_town_in_an_apposition_after_the_role_noun(wire):
    answers(wire, "Where is the hiker from?", "Ostwick")


@pytest.mark.parametrize("question, town", [
    ("In which town is the drill manufacturer based?", "Pellbridge"),
    ("Where is the importer based?", "Dunholt"),
])
def test_a_labelled_line_gives_where_a_company_is(notice, question, town):
    answer = notice.answer(question)
    assert not answer.abstained and town in answer.text, answer.text
