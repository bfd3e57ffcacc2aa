"""A figure asked by name ("What was the company's revenue?") is not answered by a sentence whose only
number counts something else ("more than 30 pump businesses"), though the embedder finds the counted
noun ("businesses") near the figure's name; a sentence that names the figure and gives it in money
answers. Articles invented, in two styles: an investor's quote and a trade brief."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

INVESTOR = """Fund backs solar pump maker Tembe Hydro

Published 2 June 2026

The Lakeshore Growth Fund has taken a minority stake in Tembe Hydro, which sells solar-powered irrigation pumps to smallholders.

"Last year we looked at more than 30 pump businesses across the region before we chose Tembe Hydro," said Auberon Kessington, a partner at the fund.

Tembe Hydro employs 140 people at its workshop outside the capital.
"""

BRIEF = """TRADE BRIEF: Corrigan Looms

Corrigan Looms, the carpet weaver, had sales of 12.5 million pounds last year, up from 11 million pounds the year before, its annual report shows.

The weaver has opened a second mill and now exports to nine countries.
"""

fund = app_fixture("fund.txt", INVESTOR)
looms = app_fixture("looms.txt", BRIEF)


def test_a_count_of_other_businesses_is_no_revenue(fund):
    declines(fund, "What was Tembe Hydro's revenue last year?")


def test_the_figure_named_in_money_answers(looms):
    answers(looms, "What were Corrigan Looms' sales last year?", "12.5 million")
