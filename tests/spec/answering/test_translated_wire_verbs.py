"""Translated wire copy reports speech with "informed that", "assured that", "indicated that": what
the minister "informed" is what the minister said. Without those verbs the sentence was no statement
of theirs, and "what did the health minister say" declined."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

WIRE = """Ministry promises new hospital for southern province

Published: 3 May 2025

QUITO, May 3 (Agencia) - Health Minister Carla Montes informed that the government will build a new regional hospital in the southern province at a cost of 80 million dollars.

The minister assured that construction would begin in the second half of the year and indicated that the hospital would have 200 beds.

For her part, the provincial governor Luis Pardo lamented the delays in previous projects.
"""

RELEASE = """Port to reopen after storm repairs

Published: 6 August 2025

The port authority informed on Tuesday that the eastern quay will reopen to cargo ships on 15 August.

Its director, Ines Varela, assured shippers that no containers had been lost in the storm.
"""


wire = app_fixture("southern_hospital.txt", WIRE)
release = app_fixture("port_reopens.txt", RELEASE)


@pytest.mark.parametrize("question, holding", [
    ("What did the health minister say about the new hospital?", "new regional hospital"),
    ("What did Carla Montes say about the hospital's beds?", "200 beds"),
])
def test_what_a_minister_informed_or_indicated_is_what_she_said(wire, question, holding):
    answers(wire, question, holding)


def test_what_a_director_assured_is_what_she_said(release):
    answers(release, "What did the port's director say about the containers?", "no containers had been lost")


def test_a_speaker_the_wire_does_not_quote_is_still_declined(wire):
    declines(wire, "What did the mayor say about the new hospital?")
