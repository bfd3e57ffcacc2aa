"""A who-question about a role ("Who chairs the tenants' group ...") takes the sentence that ties a
name to that role ("Its chairman X said ...", after a sentence opening with the body) over the
quotes of a namesake, another person of that surname whose sentence also holds the role's words
("Y is not related to the chairman of the association")."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

WIRE = """Rent cap row in Eckhafen: city wants more time - tenants angry

Eckhafen (rdn) - The city of Eckhafen has asked the state for six more months to draw up its rent cap.

The tenants' association Mieterbund Eckhafen criticised the city sharply. Its chairman Tobias Wendt said the city was hiding behind paperwork while rents rose month by month. "Every month without a cap costs families their homes."

The landlords' federation Hausbesitzerverein Eckhafen, on the other hand, warned on Monday against a hasty cap. Its legal adviser, Dr. Clara Wendt, said a cap drawn up in a hurry would not survive in court. "A bad cap helps nobody." Clara Wendt is not related to the chairman of the tenants' association.
"""

DAILY = """Traders shut Kurmi market over levy

KANO - Traders at the Kurmi market kept their shops shut on Tuesday in protest against a new daily levy.

The Kurmi Market Traders Union accused the council of imposing the levy without consultation. Its president, Alhaji Musa Danjuma, said the levy would drive small traders out of business.

The market women's cooperative, on its part, urged calm. Its secretary, Hajiya Amina Danjuma, told reporters that talks should go on. "Nobody gains from a closed market," she said. Hajiya Amina is not related to the president of the traders' union.
"""

wire = app_fixture("wire.txt", WIRE)
daily = app_fixture("daily.txt", DAILY)


def test_the_chairman_tied_to_the_body_not_his_namesakes_quote(wire):
    answers(wire, "Who chairs the tenants' group that criticised the city?", "Tobias Wendt", lacking="Clara")


def test_the_president_tied_to_the_union_not_her_namesakes_quote(daily):
    answers(daily, "Who is the president of the traders' union that accused the council?", "Musa Danjuma", lacking="Amina")


def test_its_job_is_the_body_the_sentence_before_opens_with():
    from index.article_people import read_people

    people = {p.name: p for p in read_people(WIRE)}
    assert "Mieterbund" in people["Tobias Wendt"].description
    assert "Hausbesitzerverein" in people["Clara Wendt"].description


def test_a_given_name_tells_two_of_one_surname_apart():
    from bot.answering.mentions import named_people
    from index.article_people import read_people

    people = read_people(WIRE)
    assert {p.name for p in named_people("Clara Wendt is not related to the chairman.", people)} == {"Clara Wendt"}
    assert {p.name for p in named_people("Wendt said the cap would come.", people)} == {"Tobias Wendt", "Clara Wendt"}
