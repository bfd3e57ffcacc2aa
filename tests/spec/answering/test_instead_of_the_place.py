"""A where-question that names the replaced place ("where will the runners finish instead of the
quay at Town"): the lede names that place with every word of the question; the answer is the
unattributed sentence after it that says where instead. Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table


WEEKLY = """THE FJORDSIDE PACKET

News | Sports

High tides force Ravnholt 30K to move its finish

Yrsa Haldvik
Thursday, March 5, 2026 - 2:10 pm

The Ravnholt 30K road race will not finish at its traditional line on the quay at Ravnholt this year after storm tides left the harbour road flooded, race organizers announced Wednesday.

Runners will instead turn inland at the ferry shed to a temporary finish at the grammar school field about two kilometres north of the town, adding a steep climb to the course.

"We walked the quay Monday and Tuesday, and the water was over the kerb in four places," said Torbjorg Strandmo, the race's director. "Nobody wants a runner in the harbour."

Strandmo said the start at the old mill will go ahead as planned on March 21.

Race officials said 410 runners are entered this year, down from 460 in 2025.
"""

weekly = app_fixture("road_race_finish.txt", WEEKLY)


test_answers = table(answers, [
    ask("weekly", "where will ravnholt 30k runners finish instead of the quay at ravnholt", "grammar school field",
        id="the_sentence_saying_where_instead_not_the_lede_naming_the_replaced_place"),
    ask("weekly", "where will the ravnholt 30k start", "old mill",
        id="a_question_without_instead_of_is_unchanged"),
])
