"""A company asked about by name is written "the company" or "the firm" in the sentence that
answers: "What will Brightwell Foods do with the chain's factories?" / "The company will shut two
of the chain's factories". The sentence is about the body its paragraph, or the one before, names."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


WIRE = """Brightwell Foods buys bakery chain

LONDON, May 2 (Reuters) - Brightwell Foods agreed on Tuesday to buy the Crumb & Co bakery chain for 120 million pounds, the biggest deal in the British bakery sector this year.

The company will shut two of the chain's factories and move their production to its plant in Leeds, cutting about 300 jobs.

Shares in Brightwell Foods rose 4% on the news. Brightwell Foods has bought three smaller bakeries since 2021.

Analysts at Harcourt Securities said the price was high but that the chain's shops would give Brightwell Foods a place on every high street.
"""

RELEASE = """Orrin Robotics opens second warehouse site

LEEDS, England, March 3, 2025 /PRNewswire/ -- Orrin Robotics, a maker of picking robots for online grocers, today opened a second warehouse site in the north of England.

The firm will hire 140 engineers at the new site over two years and train them at its own academy.

Orrin Robotics was founded in 2017 and supplies four of the country's ten largest grocers.
"""


wire = app_fixture("brightwell.txt", WIRE)
release = app_fixture("orrin.txt", RELEASE)


def test_the_company_in_the_next_paragraph_is_the_company_asked_about(wire):
    answers(wire, "What will Brightwell Foods do with the bakery chain's factories?",
            "shut two of the chain's factories")


def test_the_firm_in_a_press_release_is_the_firm_asked_about(release):
    answers(release, "How many engineers will Orrin Robotics hire at the new warehouse site?", "140 engineers")
