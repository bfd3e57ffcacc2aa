"""Asked whose thing it was by a kind of business ("which haulage firm's lorry hit the bridge"),
where the article mentions the thing (a lorry) but names no firm: declines, citing the sentence
with the thing. An article that names the firm answers."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

UNNAMED = """Lorry strike closes Pennock railway bridge

Published 14 May 2026

The railway bridge on Quarry Road in Pennock was closed on Tuesday after two lorries struck it within an hour, the rail authority said.

Engineers found cracks in one of the bridge's steel beams. Trains are running at reduced speed until repairs are done, authority spokesman Idris Vane said.
"""

NAMED = """Lorry strike closes Pennock railway bridge

Published 14 May 2026

The railway bridge on Quarry Road in Pennock was closed on Tuesday after a lorry owned by Pellow Haulage, a Truro firm, struck it, the rail authority said.
"""

unnamed = app_fixture("pennock_bridge.txt", UNNAMED)
named = app_fixture("pennock_bridge_named.txt", NAMED)

test_declines = table(declines, [
    ask("unnamed", "which haulage firm's lorry struck the pennock railway bridge", "two lorries struck it",
        id="whose_thing_by_kind_never_named"),
])

test_answers = table(answers, [
    ask("named", "which haulage firm's lorry struck the pennock railway bridge", "Pellow Haulage", id="firm_named"),
    ask("unnamed", "Who said trains are running at reduced speed?", "Idris Vane", id="other_question_answered"),
])
