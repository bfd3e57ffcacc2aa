"""A post's author named only in its header line of fields ("#4 | Cllr Ann Roe | Posts: 31 | date",
"Ama Owusu · Ward councillor · 2h"): the name is one the articles mention, so a question naming that
author is answered from the post, not declined as naming someone no article mentions."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

FORUM = """Brookfold Village Forum
Forum index > Roads and transport

Topic: Mill Lane bridge closing for repairs?

#1 | lane_end_lou | Posts: 402 | 02/02/2026 08:10
Signs have gone up saying the Mill Lane bridge shuts in March. Does anyone know for how long?

#2 | Cllr Rosalind Thackwray | Posts: 96 | 02/02/2026 12:44
Speaking as your ward councillor: the highways team have agreed to meet me at the bridge on 9 February to go through the diversion. I will post the plans here afterwards.

#3 | lane_end_lou | Posts: 402 | 02/02/2026 13:01
Thanks, that is good to hear.
"""

COMMENTS = """Comments (3)

Pelham Road parking scheme

Jonah Briggs · 3h
Nobody asked the shops about this.

Dr Adaeze Okafor · Ward councillor · 2h
I have asked the parking team to pause the scheme, and they will brief residents at the library on 14 April.

Mina Hall · 1h
Good, about time.
"""

forum = app_fixture("forum.txt", FORUM)
comments = app_fixture("comments.txt", COMMENTS)


def test_a_forum_posts_author_is_mentioned_by_its_header(forum):
    answers(forum, "On what date is Rosalind Thackwray due to meet the highways team?", "9 February")


def test_a_comments_author_is_mentioned_by_its_header(comments):
    answers(comments, "When will the parking team brief residents, according to Adaeze Okafor?", "14 April")
