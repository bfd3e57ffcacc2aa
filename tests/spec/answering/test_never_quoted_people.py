"""A person the article names but never quotes said nothing in it: "what did X say" is not answered
by others' words. Being asked ("had been asked to review the plan") or named beside a speech verb
is not speaking; a minister of another country ("Norway's fisheries minister ... said") is not the
one asked about ("Iceland's prime minister"). Those who do speak are answered."""

import pytest

from bot.answering.speech_subjects import speaks_in
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

LOCAL = """Harbour plan approved despite objections

Published 3 April 2025

Westport council approved the £40 million harbour redevelopment on Tuesday by 21 votes to 9.

Council leader Priya Nair said the scheme would bring 300 jobs to the town. "This is the biggest investment in the town for a generation," she said.

Fishermen's spokesman Tom Doyle said the plan would push boats out of the inner harbour. The environment minister, Claire Dunne, had been asked to review the plan last year but declined to intervene. The local MP, Gareth Rhys, attended the meeting.
"""

WIRE = """Norway, Iceland end mackerel dispute

OSLO, May 2 (Reuters) - Norway and Iceland agreed on Friday to share fishing quotas for mackerel, ending a ten-year dispute, Norway's fisheries minister Kari Holm said.

Holm said the deal would let Norwegian boats catch 40% of the stock. Iceland's prime minister, Einar Jonsson, signed the agreement in Oslo with Norway's prime minister.

"This is a fair deal for both coasts," Holm told reporters.
"""


local = app_fixture("westport.txt", LOCAL)
wire = app_fixture("mackerel.txt", WIRE)


@pytest.mark.parametrize("question", [
    "What did Claire Dunne say about the harbour redevelopment?",
    "What did the environment minister say about the harbour plan?",
    "What did Gareth Rhys say about the harbour?",
    "What did the local MP say about the jobs?",
])
def test_named_but_never_quoted(local, question):
    declines(local, question)


def test_someone_quoted_is_answered(local):
    answers(local, "What did the fishermen's spokesman say about the plan?", "push boats")


@pytest.mark.parametrize("question", [
    "What did Iceland's prime minister say about the mackerel deal?",
    "What did Einar Jonsson say about the quota deal?",
    "What did Norway's prime minister say about the agreement?",
])
def test_another_countrys_minister_is_not_the_one_asked(wire, question):
    declines(wire, question)


def test_the_minister_who_spoke(wire):
    answers(wire, "What did the fisheries minister say about the deal?", "40%")


@pytest.mark.parametrize("sentence, name, speaks", [
    ("Dunne told reporters the plan was flawed.", "Dunne", True),
    ("\"We will fight,\" added Dunne.", "Dunne", True),
    ("According to Dunne, the plan was flawed.", "Dunne", True),
    ("Dunne had been asked to review the plan last year but declined to intervene.", "Dunne", False),
    ("The council said Dunne had approved the plan.", "Dunne", False),
])
def test_who_speaks_in_a_sentence(sentence, name, speaks):
    assert speaks_in(name, sentence) is speaks
