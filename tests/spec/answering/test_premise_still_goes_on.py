"""A why-question that takes a thing as ended ("why did the council rule out free travel for
families on benefits?", "why did the library scrap its Saturday opening?") where the article says
it still goes on ("may still be eligible for free travel", "will still open on Saturday
mornings"): the answer corrects the premise with that sentence. Where the article tells the
ending, it is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table


TV = """Village loses free ferry pass

Published 14 October 2025

Pupils on Inchmore island will lose their free ferry passes from January, the county council has confirmed.

The council says the island's new footbridge means pupils can now walk to the mainland school in under an hour.

"Families on benefits may still be eligible for free ferry travel and should apply online," a council spokesperson said.
"""

LETTER = """Letters: the library is not closing on Saturdays

Published 2 June 2025

Sir, your report on the Dunford library budget was wrong in one respect. The library will still open its doors on Saturday mornings, from nine until one. Only the Sunday afternoon sessions are ending.

Moira Keane, head of libraries, Dunford council
"""

ENDED = """Library ends Saturday opening

Published 2 June 2025

Dunford library scrapped its Saturday opening hours this month because the council cut its budget by a fifth, head of libraries Moira Keane said. Weekday hours still run from nine until six.
"""


tv = app_fixture("inchmore_ferry.txt", TV)
letter = app_fixture("dunford_letter.txt", LETTER)
ended = app_fixture("dunford_ended.txt", ENDED)


test_answers = table(answers, [
    ask("tv", "Why did the council rule out free ferry travel for families on benefits?", "may still be eligible",
        starting="The articles do not say so", id="free_travel_said_still_open_to_families_is_corrected"),
    ask("letter", "Why did Dunford library scrap its Saturday morning opening?", "will still open",
        id="saturday_opening_said_to_go_on_is_corrected"),
    ask("ended", "Why did Dunford library scrap its Saturday opening hours?", "cut its budget", lacking="do not say so",
        id="an_ending_told_is_answered"),
])
