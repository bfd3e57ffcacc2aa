"""A how-big question is answered by a fraction ("a decline of about a quarter") when the sentence names
the figure in other words (drop / fall); a fraction of another thing ("half the members voted") is
no answer. Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

# a farming newsletter, first person
LETTER = (
    "Notes from the Vale — issue 14\n\n"
    "The plums are in and the yield is poor again.\n\n"
    "I rang Ysolde Pennalow, who runs the Vale Fruit Growers' Cooperative, on Monday. Pennalow said the "
    "county was too gloomy, saying her members expected a fall of about a third this autumn.\n\n"
    "She said the cooperative had asked for a meeting with the county twice this year.\n"
)

# a wire story: a union's expectation
WIRE = (
    "Dockers brace for lower pay packets\n\n"
    "PORT ELDRIN (NWA) — Crane drivers at Port Eldrin face smaller overtime payments after the operator "
    "changed its shift pattern, union officials said on Tuesday.\n\n"
    "Union branch secretary Casimir Dowell said members expected overtime pay to be cut by half over the "
    "winter.\n\n"
    "Half the branch's members attended Tuesday's meeting.\n"
)

letter = app_fixture("vale.md", LETTER)
wire = app_fixture("eldrin.txt", WIRE)


def test_a_fraction_in_a_saying_clause_answers_how_big_a_drop(letter):
    answers(letter, "How big a drop does Ysolde Pennalow expect?", "a third")


def test_a_fraction_answers_how_big_a_cut_in_a_wire_story(wire):
    answers(wire, "How big a cut in overtime pay do the members expect?", "by half")


def test_a_fraction_of_another_thing_is_no_answer(wire):
    declines(wire, "How big a pay rise does Casimir Dowell expect?")
