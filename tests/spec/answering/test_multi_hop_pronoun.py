"""A two-step question whose second step refers to the person of the first by a pronoun:
"The buyer who ...: in which city is her company?" and "Who joined ..., and what award did he get?".
The person is found first; the pronoun is then read as their name."""

import pytest

from bot.answering import hops
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

TEA = """Tea blenders turn away estates that cannot show their books

Importers in northern Europe are asking tea estates for records that many small growers do not keep.

Sofia Lindqvist, who heads purchasing at Brandt Tea, a Malmö blender, says the firm stopped buying from three estates this year. "We want to see the leaf before we see the invoice," she says. Ms Lindqvist argues that certified leaf now sells at a premium of about 8% over leaf without papers.

Growers' groups say the rules favour large plantations. Ravi Menon, who speaks for a cooperative of 900 smallholders, says the paperwork costs his members more than the premium pays.
"""

HARRIERS = """Harriers clinch county title on final day

The Harriers won the county league on Saturday with a 3-1 victory over Lowfield, finishing two points clear of their nearest rivals.

Daniel Okafor, who moved to the Harriers from Westbury in May, scored twice in the first half. "I came here to win something, and we have," he said.

At the club's dinner that evening, Okafor was named player of the season. The captain, Lee Branning, collected the trophy from the league's president.
"""


tea = app_fixture("tea.txt", TEA)
harriers = app_fixture("harriers.txt", HARRIERS)


@pytest.mark.parametrize("rest, expected", [
    ("in which city is her company?", "in which city is Sofia Lindqvist's company?"),
    ("what did he then ask the minister about?", "what did Sofia Lindqvist then ask the minister about?"),
    ("where was she calling from?", "where was Sofia Lindqvist calling from?"),
    ("what did the union say to them?", "what did the union say to Sofia Lindqvist?"),
])
def test_a_pronoun_is_read_as_the_name_found(rest, expected):
    assert hops.named_in(rest, "Sofia Lindqvist") == expected


def test_the_second_step_after_a_colon_asks_about_the_person_found(tea):
    answers(tea, "The buyer who argues certified leaf sells at a premium: in which city is her company?", "Malmö")


def test_who_then_what_about_them_in_one_question(harriers):
    answers(harriers, "Who joined the Harriers from Westbury, and what was he named at the club dinner?",
            "player of the season", "Okafor")


@pytest.mark.parametrize("question, clause, then", [
    ("The buyer who argues certified leaf sells at a premium: in which city is her company?",
     "argues certified leaf sells at a premium", "in which city is her company?"),
    ("The listener whose son was treated at the clinic: where was he calling from?",
     "son was treated at the clinic", "where was he calling from?"),
    ("Who joined the Harriers from Westbury, and what was he named at the club dinner?",
     "joined the Harriers from Westbury", "what was he named at the club dinner?"),
])
def test_the_description_and_the_question_about_them_are_read_apart(question, clause, then):
    d = hops.described(question)
    assert d is not None and d.clause == clause and d.then == then and d.asks == "person", d
