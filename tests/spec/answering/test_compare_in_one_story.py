"""A comparison of figures is one story's: halves matched in two stories ("went up" in another
story's "up from £31 million") yield to the sentence of the best story that sets both figures side
by side. A price answers what a thing cost, in a currency printed as a capital letter ("P1,900"),
and a question's time clause ("before and after the typhoon hit") names no act the answer must hold."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

BATHING = """Bathing water classifications: written answer

Asked by Delphine Tarrowby (Kelderby South)

To ask the Secretary of State for the Environment, how many bathing waters in England were downgraded from excellent to good in 2023.

Answered by Rupert Halsworth, Minister for Water

Nine bathing waters in England were downgraded from excellent to good in 2023, and two were upgraded from good to excellent. Classification is based on four years of samples.
"""

QUARRY = """Brinley Minerals: revised budget

Brinley Minerals plc announces a revised budget for its quarry at Ashvale.

Capital costs to first production are now estimated at £40 million, up from £31 million. The Company does not expect the revised budget to change output, which will go on at 900 tonnes a day.
"""

MARKET = """Typhoon floods Dalupan rice stores

DALUPAN, Philippines — At least 30 tons of rice were soaked in warehouses along the river here after the typhoon hit on Sunday, local officials said.

The mayor placed four villages under a state of calamity on Monday.

Rice prices in Dalupan's public market rose from P1,900 to P2,300 a sack this week, vendors said.
"""

stories = articles_fixture({"bathing.txt": BATHING, "quarry.txt": QUARRY, "market.txt": MARKET})


def test_both_halves_come_from_the_story_that_sets_them_side_by_side(stories):
    answer = answers(stories, "In 2023, how many bathing waters went down from excellent and how many went up to it?",
                     "Nine", "two", lacking="£31 million")
    assert {c.article_id for c in answer.citations} == {"bathing.txt"}, answer.text


def test_a_price_in_capital_p_pesos_answers_what_a_thing_cost_before_and_after(stories):
    answers(stories, "How much did a sack of rice cost at the Dalupan market before and after the typhoon hit?",
            "P1,900", "P2,300")
