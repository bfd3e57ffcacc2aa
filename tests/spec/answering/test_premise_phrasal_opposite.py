"""A premise named by a phrasal verb ("called off", "call off") is the act it names ("cancel",
index/vocabulary.yaml event_phrases); an unattributed narrative sentence that says its opposite
("The start will go ahead as planned.") corrects it. And a name that is also an irregular past
("Fell", "Rose") is mentioned where the article writes it."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, ask, table

RACE = """Trail race diverted after rockfall
Outdoors | Running | 17 comments | Share
By staff reporter   (edited 10:42)

The Ebbridge Hill Marathon will be diverted around the Scarrow Gap after a rockfall on Tuesday, organisers said.

"Safety has to come first, and the gap will stay shut until the geologists are happy," race director Imelda Fairbrook-Stane said.

Runners will instead follow the old quarry road to a temporary checkpoint at Hollinsby Farm.

The start will go ahead as planned.
Advertisement
Most read: 1. Bin collections  2. Ferry fares  3. Weather warning
"""

GALA = """Swim gala date
Clubs | 2 likes
The Dunmere Rose Cup gala, postponed in March, will be held on 14 June, the club secretary, Hesketh Amberley-Vos, said.
"""

FELL = """Fell running | Results | Fixtures
Entries open for the Brackwen Fell Relay, which starts from the Lindhope Inn car park on 5 October, the organiser, Wenna Castlemoor, said.
Posted in: Club news | 0 comments
"""

two = articles_fixture({"hill_race.txt": RACE, "rose_gala.txt": GALA, "fell_relay.txt": FELL})

test_premise_phrasal_opposite = table(answers, [
    ask("two", "Why was the start of the Ebbridge Hill Marathon called off?", "go ahead as planned",
        starting="The articles do not say so", id="called_off_corrected_by_go_ahead"),
    ask("two", "Why did organisers call off the start of the Ebbridge Hill Marathon?", "go ahead as planned",
        starting="The articles do not say so", id="call_off_active_corrected_by_go_ahead"),
    ask("two", "Where does the Brackwen Fell Relay start from?", "Lindhope Inn", id="name_fell_is_mentioned"),
    ask("two", "When will the Dunmere Rose Cup gala be held?", "14 June", id="name_rose_is_mentioned"),
])
