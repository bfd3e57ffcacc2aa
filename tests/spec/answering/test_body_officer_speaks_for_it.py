""""Can the harvest be saved, according to the growers' association?" is answered by what "the
association's secretary, NAME" told a paper, not only by the association's own earlier statement: an
officer the sentence calls the body's speaks for it, as its spokesperson does. Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

GROWERS = """Apple growers fear poor harvest after hailstorm

The Vale Fruit Growers' Association said on Tuesday that the hailstorm had damaged fruit in more than half of its members' orchards. "Some growers have lost everything," it said.

The association's secretary, Morwen Pask, told the Chronicle yesterday that whether the harvest could be saved would depend on whether the damaged fruit could be sold for juice.

Growers will meet buyers next week.
"""

growers = app_fixture("vale_growers.txt", GROWERS)


def test_the_bodys_officer_answers_for_the_body(growers):
    answers(growers, "can the harvest be saved, according to the growers' association", "sold for juice",
            starting="The association's secretary")
