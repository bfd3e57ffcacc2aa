"""An unnamed body described by where it is ("A creamery in the Dales announced ..."): the place
named after the body's common noun is no speaker; the body as described is. A body named after
its description ("The dairy group Fellmoor Foods said") is still the one named. Every article is
invented."""

from tests.spec.invented import speaker_of, statements_of

CHEESE = """---
title: Cheese maker to hire
date: 2025-03-04
---

A bakery in Harrowby announced on Monday that it would hire forty new workers.

The dairy group Fellmoor Foods said on Tuesday that milk prices would rise in the spring.
"""


def test_a_place_in_an_unnamed_bodys_description_is_not_the_speaker():
    speaker = speaker_of(statements_of(CHEESE), "forty new workers")
    assert "bakery" in speaker.lower() and speaker != "Harrowby"


def test_a_body_named_after_its_description_is_the_speaker():
    assert speaker_of(statements_of(CHEESE), "milk prices would rise") == "Fellmoor Foods"
