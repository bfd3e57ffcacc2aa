"""A street named after a person ("Julius Nyerere Way", "at Simon Mazorodze and Julius Nyerere
roads") is a place, never the "he" of a cue; and a speaker introduced with a job ("City engineer
NAME said", "NAME, the city engineer, said") is a person even when the lexicon knows no first name
of his and NER takes the name for a body's, so the "he" after him is him. Every article is
invented."""

import pytest

from tests.spec.invented import statements_of

STORY = """The Eastern Times
Thursday 8 October 2026

Thieves strip traffic light cables again

Traffic lights at nine junctions in the city centre have been out of action for a week after thieves stripped copper cable from the signal boxes.

{intro} said the council had lost more than $30,000 in cable this year.

"We replaced the cables {where} last month, and within a week they were gone," he said.

He said the council would switch to aluminium cable, which has little resale value.
"""


@pytest.mark.parametrize("intro", ["City engineer Tapiwa Chigumbu", "Tapiwa Chigumbu, the city engineer,"])
@pytest.mark.parametrize("where", ["at Simon Mazorodze Road and Julius Nyerere Way",
                                   "at Simon Mazorodze and Julius Nyerere roads", "at nine junctions"])
def test_he_is_the_engineer_not_a_street(intro, where):
    stmts = statements_of(STORY.format(intro=intro, where=where))
    assert {s.speaker for s in stmts} == {"Tapiwa Chigumbu"}, [(s.speaker, s.content) for s in stmts]
    assert len(stmts) == 3
