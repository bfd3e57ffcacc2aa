"""A role in apposition before a name styled "Hon." ("the Minister of Fisheries, Hon. X, met ..."):
the short style is a title, not a sentence's end, so X is described as that minister and "what has
the fisheries minister asked the board to do" finds X's reported request ("X said she had also asked
the Harbour Board to ...")."""

from index.article_people import read_people
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

STORY = """Trawler crews tie up in protest over quota cut

PORT ARVEN, Tues. Mar. 9, 2027--

About 40 trawler crews tied up at the north quay on Monday, saying a new quota had cut their catch by half.

Crew leader Lucan Renwick said the boats would stay in port until the quota was reviewed.

On Monday afternoon the Minister of Fisheries, Hon. Griselda Presswick, met both sides at the harbour office in Port Arven.

"Nobody wants to see boats rotting at the quay," the minister said.

Presswick said she had also asked the Harbour Board to inspect the new nets.
"""

story = app_fixture("trawler_quota_tie_up.txt", STORY)


def test_the_honourable_style_keeps_the_role_before_it():
    person = next(p for p in read_people(STORY) if p.surname == "Presswick")
    assert "Minister of Fisheries" in person.description, person


def test_the_ministers_reported_request_answers(story):
    answers(story, "What has the fisheries minister asked the harbour board to do?", "inspect the new nets")
