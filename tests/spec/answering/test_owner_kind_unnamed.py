"""Asked whose thing it was by a kind of business ("which haulage firm's lorry hit the bridge"),
where the article mentions the thing (a lorry) but names no firm: declines, citing the sentence
with the thing. An article that names the firm answers, as does "which company" where one is named
"X, one of the companies ..." (a kind's plural is no mention of the kind unnamed)."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

UNNAMED = """Lorry strike closes Stannerby railway bridge

Published 14 May 2026

The railway bridge on Quarry Road in Stannerby was closed on Tuesday after two lorries struck it within an hour, the rail authority said.

Engineers found cracks in one of the bridge's steel beams. One of the drivers, Radek Solly, is a driver at Quorrel Haulage, one of the companies whose lorries use the road. Trains are running at reduced speed until repairs are done, authority spokesman Bastian Quell said.
"""

NAMED = """Lorry strike closes Stannerby railway bridge

Published 14 May 2026

The railway bridge on Quarry Road in Stannerby was closed on Tuesday after a lorry owned by Quorrel Haulage, a Lisketh firm, struck it, the rail authority said.
"""

unnamed = app_fixture("stannerby_bridge.txt", UNNAMED)
named = app_fixture("stannerby_bridge_named.txt", NAMED)

test_declines = table(declines, [
    ask("unnamed", "which haulage firm's lorry struck the stannerby railway bridge", "two lorries struck it",
        id="whose_thing_by_kind_never_named"),
])

test_answers = table(answers, [
    ask("named", "which haulage firm's lorry struck the stannerby railway bridge", "Quorrel Haulage", id="firm_named"),
    ask("unnamed", "which company does marek solly drive for", "Quorrel Haulage", id="kind_named_among_others"),
    ask("unnamed", "Who said trains are running at reduced speed?", "Bastian Quell", id="other_question_answered"),
])
