"""A forum thread's poster known only by the post header's display name ("#4 | Cllr Ann Roe |
Posts: 87 | date"): a question by that name is about the poster's posts, not about a name no article
mentions; a post's "X have agreed to meet me on 10 June" is the poster's."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

THREAD = """Brackenford Residents Board
Board index > Local news > Parking

Topic: Residents' permits doubling?

#1 | quarry_road_bev | Posts: 412 | 14/05/2025 08:10
There is a letter going round saying permits will cost £120 from July. My neighbour is a carer and visits four homes a day, so this hits her twice.

#2 | BrackenfordParking_Team (Official) | Posts: 9 | 14/05/2025 12:40
Thanks for raising this. The permit fee will rise to £120 on 1 July, the first change since 2016. Carers can apply for a free visitor badge through the council website.

#3 | Cllr Imelda Strachan-Voss | Posts: 87 | 14/05/2025 15:25
As ward councillor I have asked officers for the figures behind the increase. The parking manager has agreed to meet me and the residents' group on 10 June.
"""

thread = app_fixture("residents_board_thread.txt", THREAD)


def test_a_poster_named_only_in_a_post_header_is_found(thread):
    answers(thread, "When is Imelda due to meet the parking manager?", "10 June")
