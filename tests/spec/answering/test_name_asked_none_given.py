"""A question asking the name of a person the articles describe ("what is the name of the safety
inspector who visited the quarry") where no cited sentence names anyone: the person answered is
someone else, described only ("A baker in the old town, who did not want her name printed,
said ..."), or the one asked is never named ("one of our inspectors went out"). A name is what
was asked, so an answer naming nobody is no answer: the articles do not say. Where a sentence does
name the person, the question is answered."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers, declines

QUARRY = """Villagers say quarry blasts crack their walls

Published 9 September 2025

Residents of Oberlind say blasting at the Hesselberg quarry has cracked walls and shaken ornaments off shelves since the spring.

Speaking at a parish meeting on Monday, the district's planning manager said the council had received 41 complaints about the blasts.

"One of our safety inspectors went out to the site last Thursday and found the charges were larger than the permit allows," she said. The operator will have 14 days to reduce them.
"""

FERRY = """Ferry cancellations leave island short of bread

Published 9 September 2025

The island of Varholm has had no ferry for nine days, and its only bakery has run out of flour.

A mother of two in the harbour village, who did not want her name printed, said she had queued for an hour on Tuesday and went home with nothing.

The ferry company said repairs to the vessel's ramp would take another week.
"""

NAMED = """Villagers say quarry blasts crack their walls

Published 9 September 2025

Residents of Oberlind say blasting at the Hesselberg quarry has cracked walls since the spring.

The council's safety inspector, Anselm Wendling, visited the quarry last Thursday and found the charges were larger than the permit allows, the planning manager said on Monday.
"""

unnamed = articles_fixture({"oberlind_quarry.txt": QUARRY, "varholm_ferry.txt": FERRY})
named = articles_fixture({"oberlind_quarry_named.txt": NAMED, "varholm_ferry.txt": FERRY})


def test_the_name_of_an_unnamed_inspector_is_declined(unnamed):
    declines(unnamed, "what is the name of the safety inspector who checked the quarry", "safety inspectors", lacking="mother of two")


def test_the_name_of_a_named_inspector_is_answered(named):
    answers(named, "what is the name of the safety inspector who checked the quarry", "Wendling")
