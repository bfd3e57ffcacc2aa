""""For the Opposition, its spokesman on business, NAME, said ... He called for X": asked "what did
the opposition want", the answer is his "He called for" sentence: his description is the
Opposition's spokesman (the body the clause opened with is whose "its"), and another body's "had not
asked for the change" states no demand, it denies one. Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DAILY = """THE BELLMOOR COURIER
Bellmoor's daily newspaper

Local News | Wednesday 11th March 2026 | 07:05

Quay cafes face midnight cut-off for pavement tables

By Perpetua Waldron

Cafes on the Gullwing Quay will have to take in their pavement tables at midnight from the start of
the summer, under rules announced by the Government yesterday.

The Minister for Ports and Licensing, the Hon Lucian Carbonell, said the rules would give "some quiet"
to the families living above the quay.

For the Opposition, its spokesman on tourism, Everard Vorley, said yesterday afternoon that the
Government had "chosen a side instead of a solution". He called for the new closing time to be brought
in over three summers and said small cafes should be offered help with awnings.

A spokesperson for the Bellmoor Constabulary said officers would "enforce whatever the licensing
board decides" and that the force had not asked for the change.
"""

app = app_fixture("quay.txt", DAILY)


def test_the_oppositions_spokesmans_call_answers_what_the_opposition_wanted(app):
    answers(app, "what did bellmoor's opposition want instead of bringing in the new closing time at once",
            "three summers")


def test_the_spokesman_is_described_as_the_bodys():
    from index.article_people import read_people

    people = {p.name: p.description for p in read_people(DAILY)}
    assert people["Everard Vorley"] == "the Opposition's spokesman on tourism"


def test_a_denied_demand_is_no_demand():
    from bot.answering.demands import _denied

    assert _denied("The force had not asked for the change.")
    assert not _denied("He called for the closing time to be brought in over three summers.")
    assert not _denied("They did not ask for money but called for an audit.")
