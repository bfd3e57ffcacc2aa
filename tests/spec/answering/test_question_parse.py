"""One parse of a question: its kind, the type of thing it asks for, and who it describes."""

import pytest

from bot.answering.question import analyse


@pytest.mark.parametrize(
    "text, kind, asks",
    [
        ("Which harbour engineer said the pier would hold?", "who", "person"),
        ("Which judge threw out the appeal?", "who", "person"),
        ("Which company won the ferry contract?", "who", "organisation"),
        ("Which port official warned about the storm?", "who", "person"),
        ("How long had the ferry been out of service?", "how-many", "duration"),
        ("How much did the repairs cost?", "how-many", "amount"),
        ("What was the final tally in the council vote?", "how-many", "amount"),
        ("On what date did the mayor open the bridge?", "when", "date"),
        ("How many cranes does the port have, and how many did it order?", "compare", None),
        ("How do the mayor and the harbour master explain the delay?", "compare", None),
    ],
)
def test_kind_and_asked_type(text, kind, asks):
    q = analyse(text)
    assert (q.kind, q.asks) == (kind, asks)


@pytest.mark.parametrize(
    "text, role",
    [
        ("What did the harbour master say about the tides?", "the harbour master"),
        ("What did the port authority's chief engineer tell the council?", "the port authority's chief engineer"),
        ("According to the head of the pilots' union, what went wrong?", "the head of the pilots' union"),
        ("Which Brinmouth fisherman blamed the dredging?", "Brinmouth fisherman"),
    ],
)
def test_role_phrases_are_read_as_descriptions_not_names(text, role):
    q = analyse(text)
    assert q.role_phrase == role
    assert q.role


def test_a_named_speaker_is_no_role():
    q = analyse("What did Ilse Marwick say about the tides?")
    assert q.speaker_phrase == "Ilse Marwick"
    assert not q.role


@pytest.mark.parametrize(
    "text, counted",
    [
        ("How many fishing boats were damaged?", ("boat",)),
        ("How many people lost power?", ("peopl",)),
        ("How much compensation did the owners claim?", ("compens",)),
    ],
)
def test_the_thing_counted_is_the_plural_noun(text, counted):
    assert analyse(text).counted == counted


@pytest.mark.parametrize(
    "text, sides",
    [
        ("How does the harbour master's account differ from the council's?", (("harbour", "master"), ("council",))),
        ("How far apart are the crew's demand and the owner's offer?", (("crew",), ("owner",))),
        ("How do the skipper and the coastguard explain the collision?", (("skipper",), ("coastguard",))),
    ],
)
def test_the_two_sides_of_a_comparison(text, sides):
    assert analyse(text).sides == sides


def test_anything_is_no_topic_to_look_for():
    q = analyse("Did the harbour master warn about anything for the weekend?")
    assert q.topic == ("weekend",)
