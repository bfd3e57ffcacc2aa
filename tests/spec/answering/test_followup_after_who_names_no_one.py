""""Who is the harbours minister?" / "NAME, the Minister for Ports and Licensing." / "and from what date
do the new rules apply": the follow-up names no one and points back with no pronoun, but goes on with
"and" about the matter of the person just named: it is asked as according to them, and their "He
said the new conditions would be attached to every licence from 1st May" answers. A follow-up after
an answer naming no person, or one naming someone itself, is left as it is. Every article here is
invented."""

from index.models import Turn
from tests.spec.answering.apps import articles_fixture

HARBOUR = """THE BELLMOOR COURIER
Bellmoor's daily newspaper

Local News | Wednesday 11th March 2026 | 07:05

Quay cafes face midnight cut-off for pavement tables

By Perpetua Waldron

Cafes on the Gullwing Quay will have to take in their pavement tables at midnight from the start of
the summer, under rules announced by the Government yesterday.

The Minister for Ports and Licensing, the Hon Lucian Carbonell, said the rules would give "some quiet"
to the families living above the quay.

He said the new conditions would be attached to every pavement licence from 1st June and would be
reviewed after a year.

The Licensing Board is expected to publish the new conditions on 20th March.
"""

CLOCKS = """Tidetable 4.2 released

Published: 2 April 2026

The maintainers released version 4.2 of the tide library today. The new rules for summer time apply
to every harbour in the table, a maintainer said.
"""

app = articles_fixture({"quay.txt": HARBOUR, "tides.txt": CLOCKS})


def test_and_question_after_who_is_asked_of_the_person_named(app):
    history = [Turn("who is bellmoor's licensing minister", answer_text="Lucian Carbonell, the Minister for Ports and Licensing.")]
    answer = app.answer("and from what date do the new rules apply", history)
    assert not answer.abstained and "1st June" in answer.text, answer.text


def test_the_rewrite_only_after_a_who_question_naming_a_person():
    from bot.answering.followup import rewrite_followup

    after_who = [Turn("who is the licensing minister", answer_text="Lucian Carbonell, the Minister for Ports and Licensing.")]
    assert rewrite_followup("and from what date do the new rules apply", after_who).endswith("according to Lucian Carbonell?")
    after_what = [Turn("what is the council charging for bins", answer_text="£48 a year for one bin")]
    assert rewrite_followup("and how much is a second one", after_what) == "and how much is a second one"
    assert rewrite_followup("and when did Wilhelmina Carbonell speak", after_who) == "and when did Wilhelmina Carbonell speak"
