"""A photo story's captions: each caption a paragraph of its own, a person's words in it, and a
credit line under it. A quotation's later sentences are still the caption's speaker's (even one
that fronts its object, "The books we have already taken out," she said), a relative named only
by a kinship noun ("his grandmother said") is the person the caption named that way, and the
credit line names the photographer, who says nothing."""

from tests.spec.invented import speaker_of, statements_of

PHOTO_STORY = """THE VALLEY LANTERN
Photo Story

In pictures: The lake that will not go down

Text and photos: Oskari Venhola
Published: 09:00 AM, March 4, 2024

Since the February storms, the lake at Brannoch has risen over three fields and the lower road. These pictures were taken last week.

1/3
The Brannoch village hall, photographed on Monday, with water at its door. Caretaker Ingrid Solheimsen said the playgroup had been moved to the church. "If the water comes up another step, we close the hall. The desks we have already taken out," she said.
Photo: Oskari Venhola

2/3
Marit Abernethy-Kwon's grandson Piet, 8, stands on the wall of the flooded yard. Asked where the family would sleep if the house flooded, his grandmother said they would go to her sister in the town. "My sister has a spare room. She has said so for years," she said.
Photo: Liv Strandquist

3/3
A tractor pulls a car out of the lower road. The farm has lost two harvests in three years, said farmer Aksel Trevanion.
Photo: Oskari Venhola
"""


def test_a_quotations_second_sentence_fronting_its_object_is_the_speakers():
    stmts = statements_of(PHOTO_STORY)
    assert speaker_of(stmts, "we close the hall") == "Ingrid Solheimsen"
    assert speaker_of(stmts, "The desks we have already taken out") == "Ingrid Solheimsen"


def test_a_kinship_noun_names_the_relative_the_caption_named():
    stmts = statements_of(PHOTO_STORY)
    assert speaker_of(stmts, "go to her sister in the town") == "Marit Abernethy-Kwon"


def test_a_photo_credit_line_is_no_speaker():
    stmts = statements_of(PHOTO_STORY)
    assert not any(s.speaker in ("Oskari Venhola", "Liv Strandquist") for s in stmts), \
        [(s.speaker, s.content) for s in stmts]
