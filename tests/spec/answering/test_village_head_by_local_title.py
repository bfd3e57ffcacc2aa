"""A village's head asked in plain words ("the village leader", "the village chief", "the village
head") is the person an article names by a local title ("Headman X", "Sarpanch Y"): the title is a
word of that job (index/vocabulary.yaml role_groups); the question's place-kind phrase finds it."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, ask, table

HILL = """Flood barrier row in the hills
Home > Regions > North  |  5 min read  |  88 reactions

Residents of Korvane Hill say a new flood barrier has cut off their only footpath to the market.

Headman Ostrid Wellerby-Kahn said the district had not consulted the village before work began. "We found out when the diggers arrived," he said.

The district engineer, Paulina Drecksmoor, said the path would reopen in June.
Share this:  Socials | Messenger | Print
"""

WELL = """NEWS DESK  >  RURAL
Well dispute
Sarpanch Jaivanti Oruksha said on Monday that the panchayat would dig a second well by April.
Police said two men had been questioned over damage to the pump.
3 comments | Report an error
"""

two = articles_fixture({"korvane.txt": HILL, "oruk.txt": WELL})

test_village_head_by_local_title = table(answers, [
    ask("two", "What did the village leader of Korvane Hill say about the consultation?", "Wellerby-Kahn",
        id="village_leader_is_the_headman"),
    ask("two", "Who is the village chief of Korvane Hill?", "Wellerby-Kahn", lacking="Drecksmoor", id="village_chief_is_the_headman"),
    ask("two", "What did the village head say about the second well?", "Oruksha", lacking="Police",
        id="village_head_is_the_sarpanch"),
])
