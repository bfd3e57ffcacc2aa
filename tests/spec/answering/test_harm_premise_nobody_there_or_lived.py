"""A harm the article contradicts in other words than "nobody was hurt": "how badly were the anglers
hurt" where "Nobody was on the pier when it gave way" (nobody there, nobody harmed), and "why did the
collapse kill the passenger" where those harmed "suffered broken wrists" and "were discharged from
hospital" (hurt, and lived). The sentences are cited as the correction. Where someone was there and
hurt, or died, the question is not corrected so."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

PIER = """Title: Storm takes end of Sandwell Ness pier
Date: 2026-01-18

The last 40 metres of Sandwell Ness pier fell into the sea during Saturday night's storm, the harbour trust said.
Nobody was on the pier when the deck gave way shortly after midnight. Anglers had been cleared from it at dusk.
The trust's engineer, Corwin Ashdale, said the remaining deck would be surveyed on Monday.
"""

GANGWAY = """Title: Gangway gives way at Orrin Quay
Date: 2026-05-03

A gangway at Orrin Quay gave way on Friday morning as passengers were boarding the island ferry.
Two passengers suffered broken wrists in the fall. Both were discharged from hospital on Saturday.
The ferry operator's manager, Wenna Rusk, said the gangway had been inspected in March.
"""

FATAL = """Title: Gangway gives way at Orrin Quay
Date: 2026-05-03

A gangway at Orrin Quay gave way on Friday morning as passengers were boarding the island ferry.
One passenger died in hospital on Saturday after the fall, the ferry operator said.
"""

THERE = """Title: Anglers hurt as Sandwell Ness pier gives way
Date: 2026-01-18

Two anglers were on the pier when the deck gave way shortly after midnight. One broke a leg and the other was treated for cuts, the harbour trust said.
"""

pier = app_fixture("pier.txt", PIER)
gangway = app_fixture("gangway.txt", GANGWAY)
fatal = app_fixture("gangway_fatal.txt", FATAL)
there = app_fixture("pier_there.txt", THERE)

test_corrected = table(answers, [
    ask("pier", "how badly were the anglers hurt when the sandwell ness pier gave way", "Nobody was on the pier",
        starting="The articles do not say so", id="nobody_there_so_nobody_hurt"),
    ask("gangway", "why did the gangway collapse at orrin quay kill the passenger", "broken wrists", "discharged",
        starting="The articles do not say so", id="killed_asked_but_hurt_and_discharged"),
])

test_not_corrected = table(answers, [
    ask("there", "How badly were the anglers hurt when the pier gave way?", "anglers", lacking="do not say so",
        id="those_there_were_hurt"),
    ask("fatal", "Why did the gangway at Orrin Quay kill the passenger?", lacking="discharged",
        id="a_death_told_is_no_survival"),
])
