"""A "which vendor / supplier / contractor" question that the article answers only with the common
noun ("during a change of vendors", "the contractor said") declines, citing that sentence, as for a
bank or an insurer: firms in trade with another are named by their names when the article knows them.
An article that names one ("the contractor, Brindle Civils") answers."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

UNNAMED = """Ticket machines down for a week at Orlington stations

Published 4 June 2025

Ticket machines at six Orlington stations were out of service for a week after a software update failed, the rail operator said.

The operator said the update had been delayed during a change of vendors, and that the new contractor would check every machine before it is switched back on.
"""

NAMED = """Bridge repairs start in Wenhaston

Published 11 June 2025

Repairs to the Sallow Street bridge in Wenhaston began on Monday. The council's contractor, Brindle Civils, expects the work to take ten weeks.
"""

unnamed = app_fixture("orlington_tickets.txt", UNNAMED)
named = app_fixture("wenhaston_bridge.txt", NAMED)

test_unnamed_declines = table(declines, [
    ask("unnamed", "Which vendor was the operator switching to?", "change of vendors", id="vendor_only_as_a_kind"),
    ask("unnamed", "Which contractor will check the machines?", "new contractor", id="contractor_only_as_a_kind"),
])

test_named_answers = table(answers, [
    ask("named", "Which contractor is repairing the bridge?", "Brindle Civils", id="contractor_named"),
    ask("unnamed", "How many stations had ticket machines out of service?", "six", id="other_question_answered"),
])
