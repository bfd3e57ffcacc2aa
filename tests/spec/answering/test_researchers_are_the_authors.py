"""A study is reported through its authors: "the lead author, Dr X, said the team had sampled 52
ponds". A question about "the researchers" asks about them: the study's researchers are its
authors, however the report names them (index/vocabulary.yaml role_groups)."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


ROUNDUP = """Expert reaction to study of road salt and frog spawn in Dutch ponds

Published: 9 April 2026

A study published in the Journal of Freshwater Ecology reports that frog spawn failed more often in ponds near salted roads than in ponds far from them.

This roundup accompanied a briefing at which the lead author, Dr Maartje Veldkamp of Oosterwijk University, presented the findings. She told the briefing that the team had sampled spawn in 52 roadside ponds across four provinces over two winters, and that hatching fell by a fifth in the saltiest ponds.

Prof Joris Brandsma, Professor of Amphibian Biology, University of Lindeveld, said:

"This is a careful piece of work. Fifty-two ponds is more than most salt studies manage."
"""

roundup = app_fixture("salt_roundup.txt", ROUNDUP)


def test_the_researchers_are_the_studys_authors(roundup):
    answers(roundup, "How many ponds did the researchers sample?", "52")
