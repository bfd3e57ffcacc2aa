"""A field asked by its clipped name and written in full, or the other way round: "who looks after
telecoms" / "X, who holds the portfolio for telecommunications"; "pharma" / "pharmaceuticals"
(index/vocabulary.yaml `paraphrases`). The holder's sentence answers, not one sharing only "look"."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

STORY = """Island assembly questions ferry radio outage

PORT BELMARSH, 9 June 2027 — Islanders on the outer cays lost mobile signal for three days last week after a relay mast failed, the island assembly heard on Tuesday.

Councillor Perpetua Ormsby-Vale, who holds the portfolio for telecommunications, told members the government had not been warned by the operator.

Councillor Radomir Quell, whose brief covers pharmaceuticals and health supplies, said the island's clinic could not reach the mainland pharmacy.

Fisherman Aurelio Banks said he would look at buying a satellite handset. "We had no way to call the coastguard," he said.
"""

story = app_fixture("island_mast_outage.txt", STORY)


def test_clipped_field_is_answered_by_its_full_name(story):
    answers(story, "Which councillor looks after telecoms?", "Ormsby-Vale", lacking=("Banks", "Quell"))


def test_clipped_field_asked_without_a_role(story):
    answers(story, "Who looks after telecoms?", "Ormsby-Vale", lacking="Banks")


def test_another_clipped_field(story):
    answers(story, "Which councillor covers pharma?", "Quell", lacking="Ormsby-Vale")
