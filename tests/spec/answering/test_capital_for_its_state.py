"""A capital that owns a minister or a threat stands for its state ("Oslo's fisheries minister" is
Norway's, as news writes "Moscow said"); "the mayor of Oslo" is the city's, and an article that
names only Norway does not report him."""

import pytest

from bot.answering.paraphrase import places_in, words_of

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

QUOTA = """Mackerel quota talks end without deal

BERGEN, Oct 14 (Reuters) - Talks between Norway and the Faroe Islands on next year's mackerel quotas ended without agreement on Monday, officials said.

Norway's fisheries minister, Kari Lund, said the Faroese demand for a larger share was "not based on science" and that Norway would set its own quota if no deal was reached by December.

The Faroese fisheries minister, Jógvan Dahl, said his government wanted the stock to be shared according to where the fish spend the summer.

Fishing crews in Bergen said the uncertainty was making it hard to plan the winter season.
"""


quota = app_fixture("mackerel_quota.txt", QUOTA)


def test_a_capitals_minister_is_the_states_minister(quota):
    answers(quota, "What did Oslo's fisheries minister say about the Faroese demand?", "not based on science")


def test_the_capitals_own_mayor_is_not_the_state(quota):
    declines(quota, "What did the mayor of Oslo say about the quota?", "Oslo")


@pytest.mark.parametrize("question, other", [
    ("What did Oslo's fisheries minister say?", "norwegian"),
    ("How did Warsaw respond to the ruling?", "poland"),
    ("What did Kyiv say about the talks?", "ukrainian"),
])
def test_a_capital_in_a_question_brings_its_state_and_adjective(question, other):
    assert any(words_of(other) in p.others for p in places_in(question))
