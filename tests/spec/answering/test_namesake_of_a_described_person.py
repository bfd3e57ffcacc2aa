""""The surveyor with the same surname as the beekeeper who lost hives on Tuesday": the described
person is named first (the beekeeper who lost hives), then the namesake of that name, and the
question is asked about the namesake."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

ARTICLE = """Badgers blamed as hives topple on Merrow Down

Published 9 June 2026

Beekeepers on Merrow Down say badgers have knocked over more than forty hives since April.

Beekeeper Elmara Farnaby-Quist, 58, who lost six hives on Tuesday night, said the county had ignored her letters.

Neldrick Farnaby-Quist, a surveyor with the county's land office who is not related to the beekeeper, said fencing the down would cost about £90,000.

The county's wildlife officer said a survey of setts would begin in July.
"""

down = app_fixture("down.txt", ARTICLE)

test_answers = table(answers, [
    ask("down", "the surveyor with the same surname as the beekeeper who lost hives on tuesday night - which office is he with",
        "land office", lacking="ignored her letters", id="namesake_of_a_described_person"),
])
