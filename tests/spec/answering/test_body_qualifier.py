""""What did the city council do about X?" with two stories in the corpus: one whose "district council
said" a lot about something else, one where an official says the city council ordered the work stopped.
The body noun alone ("council") used to make the other council's statements the answer; a body asked
about with a qualifier ("city") is matched by the qualifier."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

FLOODS = """Riverside homes flooded again as hillside works blamed

PORT AMARA: Flash floods swamped more than 200 homes in Kampung Seri Tepi on Saturday, the second time this year.

Residents blamed earthworks by a developer on the hill above the village for sending mud into the drains.

Responding, state executive councillor Lim Wei Han said the Port Amara City Council had issued a stop-work order on the hillside site on Monday, pending an investigation.
"""

BUS = """Village school bus to be axed

The bus from Hatherby to Stoneleigh Academy will stop running after Easter, Brantwell District Council has confirmed.

The council said a new footpath had brought the walking distance under three miles.

The council said it had received 21 complaints about the change.

The council said the last stretch of pavement would be finished "by the summer".
"""


app = articles_fixture({"floods.txt": FLOODS, "bus.txt": BUS})


def test_the_city_councils_act_is_not_another_councils_words(app):
    answers(app, "What action did the city council take against the hillside development?", "stop-work order",
            lacking="complaints")


def test_the_district_council_is_still_its_own_statements(app):
    answers(app, "What did the district council say about complaints?", "21 complaints")
