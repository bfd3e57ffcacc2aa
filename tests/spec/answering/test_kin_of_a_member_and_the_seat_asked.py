""""The senate member's brother - what body does he sit on?": a member of a named body is a job to
hop from ("Senate member Dr NAME - the councillor's sister - said"), her brother is the article's
other councillor (a "council member" is a councillor; not she herself), and the body he sits on is
written where the story first names him in full."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Farmers demand faster help as beetle spreads along the coast

Coastal Herald, 10 February 2026

Date farmers on the northern coast say a beetle has killed more than 400 palms since the autumn.

The ministry's head of plant protection said four spraying teams were working in the area.

Senate member Dr Miriam Varda - the councillor's sister - said the problem had grown because infested offshoots were sold at weekend markets without inspection.

Eastern District Council member Mr Tomas Varda raised the issue at the council's weekly meeting on Sunday, where members approved a call for ten more spraying teams.

"The palm is our heritage," Mr Tomas Varda told the meeting. He said farmers had lodged at least 85 complaints since September.
"""


app = app_fixture("beetle.txt", ARTICLE)


def test_the_seat_of_a_members_brother_is_read_where_he_is_first_named(app):
    answers(app, "the senate member's brother - what body does he sit on", "Eastern District Council")
