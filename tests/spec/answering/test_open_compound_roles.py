"""A job written as two words ("the lighthouse keeper", "the ferry driver") is the thing's job, as
"shopkeeper" is the shop's: an as-told-to account that never writes "keeper" still reports the
narrator it introduces at the lighthouse, so her questions are answered, not declined as about someone
unknown. "Straight from a job in a print shop" says where she worked before. An office with its field
("the finance minister") is not loosened so."""

import pytest

from bot.answering.roles import _compound_job

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

AS_TOLD = """My working life: thirty winters on the rock

Agnes Tulloch, 61, has kept the light at Skerrowick lighthouse for thirty years. As told to Ben Arkwright.

I came to the island in October 1994, straight from a job in a print shop in Lerwick. My mother had kept hens on a croft, so I was used to weather, but not to wind that lifts slates.

The lamp turns every ten seconds, and we check the lens twice a night. The supply boat comes on Tuesdays if the sea allows.

My daughter says the light is a relic. I tell her the relic is what keeps the trawlers off the rocks.
"""


@pytest.mark.parametrize("phrase, head, thing", [
    ("the lighthouse keeper", "keeper", ("lighthous",)),
    ("the ferry driver", "driver", ("ferri",)),
    ("the shopkeeper", "shopkeep", ("shop",)),
])
def test_a_job_is_its_things(phrase, head, thing):
    assert _compound_job(phrase, head) == [thing]


@pytest.mark.parametrize("phrase, head", [("the finance minister", "minist"), ("the head teacher", "teacher")])
def test_an_office_or_a_rank_is_no_thing(phrase, head):
    assert _compound_job(phrase, head) == []


as_told = app_fixture("lighthouse_as_told.txt", AS_TOLD)


def test_where_the_keeper_worked_before(as_told):
    answers(as_told, "Where did the lighthouse keeper work before she came to the island?", "print shop")


def test_what_the_keeper_checks(as_told):
    answers(as_told, "How often does the lighthouse keeper check the lens?", "twice a night")
