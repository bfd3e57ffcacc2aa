"""A comparison of heights or lengths ("how tall ..., compared with ...") asks for figures: each side's
sentence holds a number, and a side's sentence may name its subject only through the sentence before
("Beekeeper X from Lindow lost six hives. She had already raised her walls to 2.10 metres")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

WIRE = """Bears raid hives again in the Ostrava foothills

HRADEK (CTK) - Brown bears have destroyed 41 beehives around the villages of Lindow and Prosek since June, the district office said on Tuesday.

In at least three cases the bears had climbed electric fences of 1.30 metres that meet the state's protection standard, district officer Radim Chalupa said.

"The bears have learned to climb the fences. Our beekeepers are exhausted," he said.

Beekeeper Ludmila Strnadova from Lindow lost six hives in a single night in July. She had already raised her walls to 2.10 metres at her own cost, she told the agency.

The state paid about 90,000 crowns in compensation last year.
"""

NOTES = """Field notes: the Sallow Point lighthouse survey

The survey team measured the old tower first. The keeper's log says the tower was rebuilt twice after storms.

Warden Piet Oosterhuis of Sallow Point walked the team round the new beacon on the headland. He had built the beacon to 18 metres, he said, so that it clears the dunes.

The old tower stands 31 metres tall, the team found, though its lamp has been dark since 1994.
"""

wire = app_fixture("hradek_bears.txt", WIRE)
notes = app_fixture("sallow_point.txt", NOTES)


def test_each_height_is_given_with_its_own_sentence(wire):
    answers(wire, "How tall were the fences the bears climbed, compared with the walls the Lindow beekeeper has built?",
            "1.30 metres", "2.10 metres")


def test_field_notes_give_each_height(notes):
    answers(notes, "How tall is the old tower compared with the beacon the Sallow Point warden built?", "31 metres", "18 metres")
