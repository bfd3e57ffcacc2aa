""""Who handles her dogs" about a musher named in the question: the answer is another person with
her surname ("Her husband, Olaf Szekrenyi, who handles for her team, said ..."), whose clause leaves
the dogs unwritten; a sentence about the musher herself that never says who handles them is no
answer, and her husband is someone new though he shares her surname. Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table


WEEKLY = """THE TANANA TRAIL NEWS

News | Sports

Thaw moves Copper Run 300 off the lake

Nellie Aupilaq
Thursday, February 5, 2026 - 11:20 am

The Copper Run 300 sled dog race will leave the lake ice out of its course this year, organizers announced Wednesday.

Not every musher is happy with the change. Ilona Szekrenyi, who won the race in 2023 and runs a kennel near Birchfold, said the hill trail will favour bigger, stronger dogs.

"The lake is flat and fast, and that's what we trained for," Szekrenyi said.

Szekrenyi's husband, Olaf Szekrenyi, who handles for her team, said the couple would spend the week running the dogs on a logging road to get them used to climbing.

Race officials said 31 teams are entered this year, down from 36 in 2025.
"""

weekly = app_fixture("copper_run.txt", WEEKLY)


test_answers = table(answers, [
    ask("weekly", "the musher who won the race in 2023: who handles her dogs", "Olaf",
        id="the_namesake_who_handles_for_her_team_answers"),
    ask("weekly", "who handles Ilona Szekrenyi's dogs", "Olaf",
        id="asked_with_her_name_the_husband_answers"),
])
