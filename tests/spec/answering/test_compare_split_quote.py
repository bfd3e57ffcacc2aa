"""A comparison cites a side's quote whole: when the sentence that carries the attribution ('...
young people," Hale said') ends a quote opened in the sentence before ('"This is not a giveaway.'),
the opening comes along, in every quotation style. "Where do A and B part ways on X" asks for their
two positions, not a place."""

import pytest

from bot.answering.question import kind_of

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import replies

STRAIGHT = """Council approves riverside flats

The city council approved plans on Tuesday for 200 flats on the old gasworks site by the river.

Councillor Amira Hale, who leads on planning, said the scheme would include 80 homes for social rent. "This is not a giveaway to developers. This is how a town keeps its young people," Hale said after the vote.

Opposition councillor Bernard Quist was unimpressed. He said the site had been promised for homes "at every election since 2010" and that he would believe it "when the cranes arrive".
"""

CURLY = """Harbour board backs new ferry terminal

The harbour board voted on Thursday to build a ferry terminal on the north quay, at a cost of £40m.

The board's chair, Delia Rourke, said the terminal would double the number of sailings. “We are not building a monument. We are building a front door for the island,” Rourke told the meeting.

The fishermen's association president, Tam Givens, said the north quay was where his members landed their catch and that the board had not asked them once.
"""


straight = app_fixture("flats.txt", STRAIGHT)
curly = app_fixture("ferry.txt", CURLY)


def test_a_sides_quote_opened_in_the_sentence_before_comes_whole(straight):
    replies(straight, "How do the planning councillor and the opposition councillor differ on the gasworks flats?",
            "not a giveaway", "cranes")


def test_a_curly_quote_opened_in_the_sentence_before_comes_whole(curly):
    replies(curly, "How do the board's chair and the fishermen's president see the ferry terminal differently?",
            "not building a monument", "not asked them")


@pytest.mark.parametrize("question", [
    "Where do the planning councillor and the opposition councillor part ways on the flats?",
    "Where do the chair and the fishermen part company over the terminal?",
])
def test_where_two_sides_part_ways_is_a_comparison(question):
    assert kind_of(question) == "compare"
