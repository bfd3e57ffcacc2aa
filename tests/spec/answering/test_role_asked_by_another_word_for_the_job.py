""""Who heads the group?" is answered by "the group's chair, X": a who-question's job word and the
article's are one job (vocabulary role_groups: head, chair, chief, boss, leader ...)."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

# A weekly's web page: section line, a standfirst, a byline with a time, a story of two namesakes.
BATHS = """THE WESTERLY GAZETTE
News | Porthgwidden Bay

Council turns down baths rescue

Volunteers say they will go over the council's head

By Nell Tregothnan
Tuesday 3rd March 2026 6:10 pm

A bid to reopen Porthgwidden Bay's derelict open-air pool at Gull Point has been turned down by the town council, which said the £1.9 million scheme left too much risk with the town.

Members voted six to two against the Friends of Gull Point Lido's business case at a meeting on Monday night.

Council leader Pryderi Pascoe said there was "no appetite" for running costs. 'The campaign's own sums show a loss in most years,' he told the meeting.

The pool opened in 1931 and shut in 2001. The group says 1,800 people signed its petition in the autumn.

Friends of Gull Point Lido chair Delyth Pascoe, who is no relation of the leader, said she was 'sad but not shocked'.

'We came with a grant and a rota of 90 people,' she said on Monday.

Have your say: email letters@westerly.example
"""

# Another story in the same index: a campaign, a group and a head of another kind.
SPORTS = """Broadband users face new caps

Users on the island's fibre network will face monthly data caps from May, the operator said. The
head of the users' group, a retired engineer, said the campaign against the caps would go on. The
group behind the petition has 400 names.
"""

two = articles_fixture({"gull_point_baths.txt": BATHS, "rowing_club.txt": SPORTS})


def test_who_heads_the_group_is_answered_by_its_chair(two):
    answers(two, "who heads the group behind the porthgwidden bay pool campaign", "Delyth Pascoe")


def test_the_job_words_are_the_role_heads_others():
    from bot.answering.job_words import job_words
    from bot.answering.question import analyse

    assert ("chair",) in job_words(analyse("who heads the trust behind the bid", None))
    assert job_words(analyse("what did the head of the trust say", None)) == ()
