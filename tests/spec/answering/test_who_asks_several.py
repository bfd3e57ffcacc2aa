""""Which board members were on opposite sides of the vote?" asks for more than one person: each
person's sentence is kept when it scores near the best, not only the best person's (a who-question
for one person keeps one)."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

SCHOOL = """Board votes to close Fernbrook Primary

DAYTON, Ohio - The Millrace district school board voted 4-3 on Tuesday night to close Fernbrook Primary at the end of the year.

Board member Ilse Harrowgate, who voted against the closure, said the district had not looked hard enough for grants to keep Fernbrook open.

Board President Dorian Achebe-Lund, who voted for the closure, said the board had checked the Fernbrook budget "line by line" before the vote.

About 200 pupils attend the school.
"""

COUNCIL = """Parish council splits on Wrenfold car park

The parish council approved the new car park on Wrenfold green by five votes to four on Monday.

Councillor Maeve Dunstable, who voted against the car park, said the green was the only open space left in the Wrenfold village centre.

Councillor Osric Pellingham, who voted for the car park, argued that Wrenfold shops would close without parking for visitors.

Work is due to start in the spring.
"""

school = app_fixture("fernbrook.txt", SCHOOL)
council = app_fixture("wrenfold.txt", COUNCIL)


def test_members_on_opposite_sides_are_both_named_in_a_wire_story(school):
    answers(school, "Which board members were on opposite sides of the Fernbrook vote, and what did each argue?",
            "Ilse Harrowgate", "Dorian Achebe-Lund")


def test_councillors_on_opposite_sides_are_both_named_in_a_local_story(council):
    answers(council, "Which councillors were on opposite sides of the Wrenfold car park vote, and what did each say?",
            "Maeve Dunstable", "Osric Pellingham")
