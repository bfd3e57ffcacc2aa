""""Why did the X council refuse to give aid ...?" where the article about X says the aid will be
received, and another article tells another council's refusal: the premise is corrected from the
article the question names (not the better-scoring other one), with the sentence about the thing
given ("will receive a grant"), not one where something else is received ("yet to receive a reply")."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

ASKED = """Flooded traders to get grants

Published 4 February 2025

DUNHALLOW: Shops flooded when the Arrow burst its banks will get help from Dunhallow district council, its leader Ciaran Boyle said today.

Boyle said the council had asked the national government for money to raise the river wall but had yet to receive a reply.

Each flooded shop will receive a grant of 2,000 euro, with the first payments due next month.
"""

OTHER = """Marlby council refuses flood grants

Published 2 February 2025

Marlby county council has refused to give grants to flooded shops, saying its reserves are too low.

"We cannot give grants to flooded shops this year," the council's finance chief said.
"""


two = articles_fixture({"dunhallow_grants.txt": ASKED, "marlby_grants.txt": OTHER})


def test_a_refusal_premise_is_corrected_from_the_article_asked(two):
    answers(two, "Why did Dunhallow council refuse to give grants to flooded shops?", "will receive a grant",
            lacking=("Marlby", "yet to receive"))


def test_the_refusal_reported_is_answered(two):
    answers(two, "Why did Marlby council refuse to give grants to flooded shops?", "reserves are too low")
