""""Who spotted the leak first, according to X?" is answered by X's sentence saying it "was first
noticed by a night cleaner": someone new, though unnamed, and the deed told in a twin verb
(spot / notice). Where the sentence tells no one who did it, the question is declined."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

POOL = """Title: Leak shuts Orrin Vale swimming pool
Date: 2026-01-14

Orrin Vale's public pool will stay shut for a month after water was found seeping through the wall of the plant room.

The pool's manager, Roswyn Calobel-Soto, who has run the pool for eleven years, said the leak was first noticed by a night cleaner during a Sunday shift.

"We drained the main tank the same night," Calobel-Soto said. Swimming clubs will use the Brenholm pool until February.
"""

SILENT = """Title: Leak shuts Orrin Vale swimming pool
Date: 2026-01-14

Orrin Vale's public pool will stay shut for a month after a leak in the plant room, its manager, Roswyn Calobel-Soto, said.
"""

pool = app_fixture("pool.txt", POOL)
silent = app_fixture("silent.txt", SILENT)

test_answers = table(answers, [
    ask("pool", "who spotted the leak first, according to Roswyn Calobel-Soto", "night cleaner", id="passive_agent_unnamed"),
])

test_declines = table(declines, [
    ask("silent", "Who spotted the leak first, according to Roswyn Calobel-Soto?", id="no_one_told"),
])
