"""A question's nationality that the article writes as one of the country's cities ("the Italian
winery" / "a Verona winery") is not a missing name: the question is answered. A nationality whose
country none of the article's cities belong to still is."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

WINE = """Frost cuts grape harvest across northern vineyards

Late spring frost has cut this year's grape harvest by as much as a third in parts of northern Europe's wine regions, growers said on Friday.

Giulia Ferrante, who manages exports at Cantina Valdorsa, a Verona winery, said her company had stopped buying grapes from growers who could not show where the fruit was picked.

"We only press what we can trace," she said.

Prices for bulk wine have risen about 12% since April, according to a trade association.
"""

HARBOUR = """PRESS RELEASE: New ferry berth opens to passengers

VIGO, 3 March -- The port authority today opened the new ferry berth beside the old town, cutting the walk from the berth to the bus station to five minutes.

"The trawlers keep their own quay, and it will be dredged in the spring," said harbour master Tomás Rivera. "Nobody who fishes from here is being moved."

For media enquiries, contact the port authority press office.
"""

COUNCIL = """Mayor of Gdańsk backs tram extension

The mayor of Gdańsk, Ewa Nowak, said on Tuesday that the city would extend its tram line to the new hospital by 2028.

Nowak told councillors that the extension would be paid for with a regional development grant.
"""


wine = app_fixture("frost_harvest.txt", WINE)
harbour = app_fixture("ferry_berth_release.txt", HARBOUR)
council = app_fixture("tram_extension.txt", COUNCIL)


test_answers = table(answers, [
    ask("wine", "Who at the Italian winery says it stopped buying grapes it could not trace?", "Ferrante",
        id="a_nationality_written_as_a_city_is_answered"),
    ask("harbour", "What did the Spanish harbour master say about the trawlers?", "own quay",
        id="a_nationality_of_a_port_city_in_a_press_release"),
    ask("council", "What did the Polish mayor tell councillors about paying for the tram extension?", "grant",
        id="a_nationality_with_a_role_is_the_citys_mayor"),
])


@pytest.mark.parametrize("question, word", [
    ("Who at the French winery says it stopped buying grapes it could not trace?", "French"),
    ("What did the Austrian winery's export manager say about the frost?", "Austrian"),
    ("What did Italy's farm minister say about the Verona winery's grapes?", "Italy"),
])
def test_a_nationality_no_city_of_the_article_belongs_to_is_missing(wine, question, word):
    answer = wine.answer(question, [])
    assert answer.abstained
    assert word in answer.text
