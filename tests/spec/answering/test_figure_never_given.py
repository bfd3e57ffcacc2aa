""""What was the company's revenue last year?" asks for one figure: a sentence with another number
(the money it raised, the people it employs) does not answer it. Where the revenue is given, it does."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines


RELEASE = """FOR IMMEDIATE RELEASE

Solara Drip Raises $12 Million to Expand Across West Africa

ACCRA, Ghana, May 20, 2025 /PRNewswire/ -- Solara Drip Ltd., an Accra-based maker of drip irrigation kits, today announced that it has raised $12 million in a funding round led by Coastline Ventures.

Solara Drip currently employs 240 people and has sold 9,500 kits since it was founded in 2020.

"Every dollar will go into the ground," said Ama Boateng, Chief Executive Officer of Solara Drip.
"""

WIRE = """Brevik Tools lifts outlook as sales recover

OSLO, Feb 12 (Reuters) - Norwegian toolmaker Brevik Tools said on Wednesday its revenue rose 8% to 2.1 billion crowns last year, helped by a recovery in building work.

Chief executive Lars Moe said he expected another year of growth.
"""


release = app_fixture("solara.txt", RELEASE)
wire = app_fixture("brevik.txt", WIRE)


def test_revenue_never_given_is_not_answered_by_other_numbers(release):
    declines(release, "What was Solara Drip's revenue last year?")


def test_revenue_given_is_answered(wire):
    answers(wire, "What was Brevik Tools' revenue last year?", "2.1 billion")


OUTLOOK = """Kestrel Freight trims spending plan

Published 7 November 2025

Kestrel Freight cut its investment plan for the year on Friday. The group employs about 9,000 people in 14 countries.

Chief executive Dana Molnar said the company would give its forecasts for 2026 with its annual results in March. "We will talk about next year in March," she said.
"""


outlook = app_fixture("kestrel_outlook.txt", OUTLOOK)


def test_a_what_figure_question_is_not_answered_by_another_number(outlook):
    declines(outlook, "What revenue is Kestrel Freight forecasting for 2026?")


def test_a_what_figure_question_is_answered_where_the_figure_is_given(wire):
    answers(wire, "What revenue did Brevik Tools post last year?", "2.1 billion")
