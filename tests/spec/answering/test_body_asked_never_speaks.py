""""What did <body> say about X" where the article names the body only as whom another asked to act
("The parish council has asked the police to patrol the car park") and never quotes it: declines
citing that sentence, also when the body is qualified by a place ("hollin police": a description,
not a name) and when the best sentences on the topic do not mention the body at all. A body that
speaks ("Hollin police said they would patrol ...") answers."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

SILENT = """Quarry footpath shut after landslip

Published 9 March 2025

A 600-metre section of the Hollin Edge footpath will stay shut until the summer after a landslip on Friday night.

Ranger Mabel Tregunna said the fencing had been pulled down twice by visitors. "People climb over for a picture," she said. The parish council has asked the police to patrol the car park on Sundays.

Hikers can still reach the summit on Sundays by the lane from Crickmoor, which the parish keeps open.
"""

SPOKEN = """Quarry footpath shut after landslip

Published 9 March 2025

A 600-metre section of the Hollin Edge footpath will stay shut until the summer after a landslip on Friday night.

Hollin police said they would patrol the car park on Sundays.
"""

silent = app_fixture("hollin_path.txt", SILENT)
spoken = app_fixture("hollin_path_police.txt", SPOKEN)

test_never_quoted_declines = table(declines, [
    ask("silent", "What did the police say about patrolling the car park on Sundays?", "asked the police",
        id="body_only_asked_to_act"),
    ask("silent", "what did hollin police say about patrolling the car park on sundays", "asked the police",
        id="body_qualified_by_place"),
    ask("silent", "what did hollin police say about reaching the summit on sundays", "asked the police",
        id="best_sentences_never_mention_the_body"),
])

test_quoted_answers = table(answers, [
    ask("spoken", "what did hollin police say about patrolling the car park on sundays", "would patrol",
        id="body_that_speaks"),
    ask("silent", "What did the ranger say about the fencing?", "pulled down", id="person_quoted"),
])
