""""What compromise do the quay traders want to propose?": the traders speak through the one person
described as chairing their association ("NAME, who chairs the Quay Traders' Association and is no
relation of the minister, said ..."), whose later "She said ..., and that it would ask for X as a
compromise" answers. The question's "want to" is no part of who is asked; the body's words say who,
so the content is scored on the rest. Every article here is invented."""

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

Wilhelmina Carbonell, who chairs the Gullwing Quay Traders' Guild and is no relation of the minister, said her
members had not been asked.

"We heard it on the radio like everybody else," she told the Courier on Monday evening. "Between May and
September the pavement tables are half of what we take.

"Some of my members employ six, eight people."

She said the guild would write to the Governor this week to ask for a meeting, and that it would ask for
a 1am limit at weekends as a compromise.

Photo caption: The Gullwing Quay on a summer evening. (Photo: Courier archive)
"""

app = app_fixture("quay.txt", DAILY)


def test_the_bodys_chair_answers_for_the_body(app):
    answers(app, "what compromise on weekend hours do the gullwing quay traders want to propose", "1am")


def test_want_to_is_not_part_of_who_is_asked():
    from bot.answering.question import _speaker_phrase

    assert _speaker_phrase("what compromise do the Gullwing Quay Traders want to propose") == "the Gullwing Quay Traders"
