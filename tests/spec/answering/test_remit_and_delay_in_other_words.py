"""A remit or an act asked in other words than the article's: "who looks after harbours" / "X, who
holds the portfolio for harbours", "who is in charge of harbours" / the same, "who wanted the rise put
off" / "proposed an amendment to delay the rise". The sentence with the article's words answers."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

STORY = """Island council splits over ferry fares

PORT ELLERY, 14 May 2026 — The island council voted on Tuesday to raise ferry fares by 8 per cent from July, after a three-hour debate.

Councillor Zlatana Tsangaris, who holds the portfolio for harbours and shipping, said the rise was needed to keep the night sailings. "Without it the last boat goes," she said.

Councillor Zenamar Venkman proposed an amendment to delay the rise until January, but it was defeated by seven votes to four.

Harbour Users chair Benedikta Crane said members would meet next week.
"""

story = app_fixture("island_ferry_fares.txt", STORY)


def test_looks_after_is_answered_by_holds_the_portfolio_for(story):
    answers(story, "Who looks after shipping on the council?", "Tsangaris", lacking="Crane")


def test_in_charge_of_is_answered_by_holds_the_portfolio_for(story):
    answers(story, "Who is in charge of harbours on the island council?", "Tsangaris", lacking="Crane")


def test_put_off_is_answered_by_delay(story):
    answers(story, "Which councillor wanted the fare rise put off?", "Venkman", lacking="Tsangaris")


MINISTER = """Water supply restored after week-long outage

TARNBY, 20 May 2026 — Water returned to 3,000 homes in Tarnby on Friday after a week without supply.

Anselm Belesk, the minister responsible for water, said the outage was caused by a burst main under the ring road.

The utility's chief executive, Ottoline Nelelda, said crews had worked through the night.
"""

minister = app_fixture("tarnby_water_outage.txt", MINISTER)


def test_looks_after_is_answered_by_the_minister_responsible_for(minister):
    answers(minister, "Who looks after water?", "Belesk", lacking="Nelelda")


def test_in_charge_of_is_answered_by_the_minister_responsible_for(minister):
    answers(minister, "Who is in charge of water supply in government?", "Belesk", lacking="Nelelda")
