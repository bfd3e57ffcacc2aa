"""A when-question answered with a sentence that says only "on Monday" gives the calendar date, when
the page is dated only by its own address or a post's header; in a thread the weekday counts from the
post's own day. Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

_PASTED = """https://www.lowveldpost.example/news/2025-09-17-reservoir-levels-fall/

Lowveld Post
News > Water

Reservoir levels fall as dry spell drags on

By Thandeka Brits-Maseko
4h ago

Share

The water board warned on Monday that the Kruisfontein reservoir had fallen to 31% of capacity.

Board spokesperson Lindiwe Rautenbach said restrictions would be tightened if the level fell below 25%.
"""

_THREAD = """Oldbridge Anglers Forum
Forum index > Club matters

Topic: Lake closed to fishing?

#1 | tench_tamsin | Posts: 410 | 08/08/2025 18:05
Anyone know why the lake was shut? Nobody told the club.

#2 | carp_colin | Posts: 95 | 15/08/2025 09:30
The bailiff, Aurelio Penberthy, said on Tuesday that the lake was closed after a blue-green algae test came back positive.

#3 | roach_rhiannon | Posts: 1,302 | 22/08/2025 20:12
Good news at last: the lake reopened to anglers on Thursday after two clear tests.
"""

pasted = app_fixture("pasted.txt", _PASTED)
thread = app_fixture("thread.txt", _THREAD)


def test_a_weekday_in_a_page_dated_by_its_address_is_given_its_date(pasted):
    answers(pasted, "When did the water board warn that the reservoir had fallen to 31%?", "15 September 2025")


def test_a_weekday_in_a_post_counts_from_the_posts_own_day(thread):
    answers(thread, "When did the bailiff say the lake was closed?", "12 August 2025")


def test_a_weekday_in_a_posts_narrative_counts_from_the_posts_own_day(thread):
    answers(thread, "When did the lake reopen to anglers?", "21 August 2025")
