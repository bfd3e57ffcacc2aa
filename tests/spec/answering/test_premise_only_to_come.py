"""A why-question about something done to a thing the article tells only as still to come ("the
new machines they promised us"): the answer corrects the premise with that sentence and the next,
which says how things stand, instead of declining. In a first-person piece and a news report;
where the article tells the act, it is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table


AS_TOLD = """I have sold tickets at Pellow Quay for 22 years

As told to Rhiannon Vaughan. Published 9 September 2025

I came to the quay kiosk in 2003, when the ferry still ran every twenty minutes. Most days I see the same faces.

I would love to see the new ticket machines the council promised us in 2021 before I retire. For now we still sell every ticket from a paper roll, and I add up the takings with a calculator.
"""

REPORT = """Patients wait for promised scanner

Published 3 March 2025

Patients at Gortmore General Hospital will have to keep travelling 40 miles for MRI scans until a new scanner is installed next year, the health trust said.

The trust said the new scanner would be installed in the spring of next year. Until then, patients are sent to the regional hospital in Ardcullen.
"""

TOLD = """Quay ticket machines fail again

Published 9 September 2025

The new ticket machines at Pellow Quay, installed in 2021, stopped working in August because of a software fault, the council said. Staff have gone back to selling tickets by hand.
"""


as_told = app_fixture("pellow_quay_as_told.txt", AS_TOLD)
report = app_fixture("gortmore_scanner.txt", REPORT)
told = app_fixture("pellow_quay_report.txt", TOLD)


test_answers = table(answers, [
    ask("as_told", "Why did the quay's new ticket machines, installed in 2021, stop working?", "paper roll",
        starting="The articles do not say so", id="machines_only_promised_are_corrected_with_how_things_stand"),
    ask("report", "Why did Gortmore General Hospital's new scanner break down?", "would be installed",
        id="a_scanner_only_to_be_installed_is_corrected"),
    ask("told", "Why did the quay's new ticket machines, installed in 2021, stop working?", "software fault",
        id="machines_that_stopped_working_are_answered"),
])
