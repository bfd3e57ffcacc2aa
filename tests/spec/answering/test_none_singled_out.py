"""A which-question about one thing picked out, where the article says none was: "which farm did the
officer name as the source" / "we have not traced it to any one farm", "which packing plant was blamed" /
"no single packing plant has been identified". The sentence saying so corrects it; where one is named, it
is the answer."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, replies, table

WATER = """Title: Nitrate found in Harrowden village wells
Date: 2025-02-20

Nitrate levels above the safe limit were found in 23 private wells around Harrowden, the district health officer, Dr Tamsin Adeyinka, told a public meeting on Wednesday.

"Farming is the most likely source, but we have not traced it to any one farm or any one operator and I am not going to guess tonight," Dr Adeyinka said. Free bottled water will be handed out from Monday.
"""

SALAD = """Title: Salad recall widens
Date: 2025-06-03

The food agency said on Tuesday that the salmonella outbreak linked to bagged salad had reached 41 cases. No single packing plant has been identified as the source, an agency spokesperson said, and testing at three plants continues.
"""

NAMED = """Title: Farm named as source of river pollution
Date: 2025-04-11

The river authority's inspector, Colm Ferriter, said on Thursday that the slurry that killed fish in the Owenroe had been traced to Drumlish Farm, upstream of the weir.
"""

water = app_fixture("water.txt", WATER)
salad = app_fixture("salad.txt", SALAD)
named = app_fixture("named.txt", NAMED)

test_corrected = table(replies, [
    ask("water", "Which farm did the health officer name as the source of the nitrate?", "not traced it to any one farm",
        starting="The articles do not", id="not_traced_to_any_one"),
    ask("salad", "Which packing plant did the food agency name as the source of the outbreak?", "No single packing plant",
        starting="The articles do not", id="no_single_one_identified"),
])

test_answers = table(answers, [
    ask("named", "Which farm did the inspector name as the source of the slurry?", "Drumlish Farm", id="one_named_is_the_answer"),
])
