"""A document that speaks for no named issuer ("A study published in X reports that ...") is in
the ledger, but a "who" question about a claim that shares its words is answered by the person who
made the claim, not by "A study". The article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

SCIENCE = """Amber lamps help bats, study finds

Published 3 March 2026

A study published in the Annals of Urban Ecology reports that bat activity rose by a fifth on streets where white lamps were replaced with amber ones.

Comment from Dr Ilse Marchetti, Reader in Lighting Engineering, Tollbridge University:

"The bat result is convincing for rivers.

"They use roughly a tenth more electricity than white lamps of the same brightness, and some drivers find signs harder to read."
"""

science = app_fixture("science.txt", SCIENCE)


def test_who_cautioned_is_the_expert_not_the_study(science):
    answers(science, "Who cautioned that amber lamps use more power than white lamps?", "Marchetti", lacking="A study")
