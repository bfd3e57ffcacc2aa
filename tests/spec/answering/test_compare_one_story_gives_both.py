"""A comparison one story answers in full (a figure for each side in its own sentences) cites no
other story whose sentences share only the sides' common words ("last year"): a second story is
kept for a comparison only when the first leaves a side without a figure."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

DIARY = """Notes from the Quellmoor orchard

By Ottoline Brask

We pressed the last of the pears on Saturday. The cooperative at Verrant pays us €0.42 a kilo for cider pears this year. Last year it was €0.31.

Nobody at the cooperative would say why.
"""

CIDER = """Verrant cider cooperative raises what it pays growers

VERRANT — The Verrant cider cooperative will pay growers £310 a tonne for bittersweet apples this year, its manager, Edvard Lunholm, said on Tuesday.

The price is the highest since the cooperative opened. Growers were paid £265 a tonne for bittersweet apples last year.
"""

HARBOUR = """Harbour board posts loss

The Kestwick harbour board lost £212,000 last year once repairs to the breakwater were counted, its treasurer, Wenna Tregaskis, told members.

Tonnage through the port fell from 41,000 five years ago to 29,000 last year, she said.

Mooring prices went up to £15 a berth last year, she said, and the price of fuel at the quay was £1.10 a litre last year.
"""

post = articles_fixture({"diary.txt": DIARY, "harbour.txt": HARBOUR})
news = articles_fixture({"cider.txt": CIDER, "harbour.txt": HARBOUR})


def test_a_first_person_comparison_answered_in_one_post_cites_no_other_story(post):
    answer = answers(post, "how does this year's pear price at the cooperative compare with last year's",
                     "0.42", "0.31", lacking=("212,000", "41,000"))
    assert {c.article_id for c in answer.citations} == {"diary.txt"}, answer.text


def test_a_news_comparison_answered_in_one_story_cites_no_other_story(news):
    answer = answers(news, "how does this year's price for bittersweet apples at the cooperative compare with last year's",
                     "310", "265", lacking=("212,000", "41,000", "£12"))
    assert {c.article_id for c in answer.citations} == {"cider.txt"}, answer.text
