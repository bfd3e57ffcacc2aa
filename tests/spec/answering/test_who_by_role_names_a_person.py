"""A who-question asking for a person by role ("Who is the head of the health centre?") is not answered
by a sentence naming only a body ("The Brackenmoor Municipal Health Centre, photographed on Thursday"),
even where ingest read the body's place word as someone's surname ("Isla Brackenmoor"): the next best
sentence naming someone the article describes by that role answers instead, or the question is
declined. An ordinary news story naming the person is answered as before. The articles are invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

GALLERY = """THE UPLAND COURIER
Gallery

In pictures: The valley the landslide cut off

Words and pictures: Odile Fernhaugh
Published: 9:00 AM, April 3, 2026

Since the landslide of March 20, the road into Isla Brackenmoor has been closed and about 600 residents depend on a footpath over the ridge.

1/5
Villagers carry sacks of flour along the ridge path. \"It takes two hours each way,\" said shepherd Anselm Krutov, who makes the trip three times a week.
Photo: Odile Fernhaugh

2/5
The Brackenmoor Municipal Health Centre, photographed on Thursday, below the slope that gave way.
Photo: Odile Fernhaugh

3/5
A queue outside the parish hall on Friday morning. Clinic director Mirela Vashti said appointments had been moved to the parish hall. \"If the slope moves again, we lose the building,\" she said.
Photo: Odile Fernhaugh
"""

YEARBOOK = """Yearbook 2025: the year at Upper Greyholm

Page 4

The Greyholm Academy Sixth Form Centre, opened in September by the county education board, seen from the playing fields.

Principal Tobiah Wenlock said the centre had doubled the number of pupils taking science.

\"We have waited a decade for this building,\" he said.

Page 5

Sports results for the year are listed overleaf.
"""

NEWS = """Harbour gets new master

The port authority on Monday appointed Captain Idris Moravec as harbour master of Kellgate.

Moravec, 48, said the deepening of the channel would be his first task.
"""

COUNCIL = """Parish council picks new chair

The parish council in Marrowfield chose a new chair on Monday after a vote of its eleven members.

Judith Penhaligon of Marrowfield Parish Council will take the chair in June, the clerk said.

The vote was close, with six members for and five against.
"""

gallery = app_fixture("gallery.txt", GALLERY)
yearbook = app_fixture("yearbook.txt", YEARBOOK)
news = app_fixture("news.txt", NEWS)
council = app_fixture("council.txt", COUNCIL)


def test_the_role_holder_answers_not_the_photographed_building(gallery):
    answers(gallery, "Who is the head of the health centre on the island?", "Vashti", lacking="photographed")


def test_the_role_holder_answers_not_the_building_seen_from_the_fields(yearbook):
    answers(yearbook, "Who is the head of the sixth form centre?", "Wenlock", lacking="playing fields")


def test_an_ordinary_story_names_its_role_holder(news):
    answers(news, "Who is the new harbour master at Kellgate?", "Moravec")


def test_a_person_named_with_her_body_is_still_named(council):
    answers(council, "Who is the new chair of the parish council?", "Penhaligon")
