"""A "week in quotes" page: each quotation on its line, its credit under it ("- NAME, ROLE, on
OCCASION."), then a sentence or two of context. Asked what a described person said or how they
did, the answer is the quotation or the context, not the credit that describes them. Every article
is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

QUOTES = """THE TAMAR VALLEY ECHO
Friday, 4 December 2026

The week in quotes

What people across the valley said this week, and why it mattered.

"It's not the bus. It's that the bus is full by 6am and the early shift has nowhere to sit."
- Bronwen Trelawny, a porter and the Launceston depot's delegate of the transport union, on Monday, after two morning services were cut. The bus company said a third service would start in January.

"Honestly? I only wanted to get up the last hill. My legs had gone."
- Wenna Polglaze, 15, of Gunnislake, after becoming the youngest rider to finish the 90-kilometre Tamar Valley Sportive on Sunday. She finished in 3 hours 52 minutes, ahead of 40 adults.

"We will not close the library while I am mayor."
- Callington's mayor, Jory Pascoe, at Wednesday night's council meeting. The library's lease runs out in March.
"""

quotes = app_fixture("quotes.txt", QUOTES)


def test_what_the_described_person_complains_of_is_the_quotation(quotes):
    answers(quotes, "what's the transport union delegate's beef about the buses at launceston depot", "nowhere to sit")


def test_a_figure_after_the_credit_answers_how_she_did(quotes):
    answers(quotes, "the 15 year old from gunnislake who rode the sportive - what was her time", "3 hours 52 minutes")
