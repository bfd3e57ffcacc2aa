"""A page the body writes itself (an appeal, a press release, a newsletter) names the body in full
once and then its people as "our team leader", "our chair". A question that asks the role by the
body's name ("Who is the leader of the Tarnby fell rescue team?") asks for that person, even in the
asker's own words for the body ("fell rescue team" for "Search and Rescue"). A role the page's
"our" never gives is still not reported."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, replies


APPEAL = """Help us replace our flooded rescue boat

Ylvamarie Halvardsen is organising this fundraiser on behalf of Tarnby Search and Rescue.

On the night of 3 November the river burst its banks at our boathouse and our inflatable rescue boat was swept against the weir and wrecked.

We are a team of 41 unpaid volunteers. Last year we were called out 63 times, a quarter of them to people cut off by floodwater.

"Without the boat we can reach people from the bank and nothing more," says our team leader, Torolf Brennvik. "That is not good enough on a river this size."

A new boat with its engine and trailer costs about 14,000 euros. Every euro raised goes to the boat.
"""

appeal = app_fixture("tarnby_appeal.txt", APPEAL)


def test_the_bodys_own_description_names_its_leader(appeal):
    answers(appeal, "Who is the leader of the Tarnby fell rescue team?", "Brennvik")


def test_the_role_asked_plainly_is_still_named(appeal):
    answers(appeal, "Who is the rescue team's leader?", "Brennvik")


def test_a_role_the_page_never_gives_is_not_reported(appeal):
    replies(appeal, "Who is the treasurer of the Tarnby fell rescue team?", lacking="Brennvik")
