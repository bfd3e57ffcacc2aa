"""A why-question that takes a decision as made ("why did the council approve the pavilion?")
where the article says it was put off ("AGREED to defer a decision to the May meeting"): the
answer corrects the premise with that sentence, in minutes (whose resolution stands in a line of
its own, and whose footer "Approved as a correct record" approves nothing asked) and in a news
report. Where the article tells the decision, it is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table


MINUTES = """Ashgrove Parish Council - minutes of the meeting of 10 March 2025

Present: Cllr Dunne (chair), Cllr Okoro, Cllr Behan, Cllr Mills.

Item 5. New sports pavilion on the recreation ground

Cllr Okoro presented the design for a timber pavilion with two changing rooms, estimated at £240,000. Cllr Behan said residents near the ground had raised concerns about parking and noise.

AGREED to defer a decision to the May meeting and to ask the architect for revised costs (proposed Cllr Mills, seconded Cllr Behan; 3 for, 1 against).

Item 6. Any other business

None.

Approved as a correct record at the meeting of 12 May 2025
"""

REPORT = """Depot plan vote put back

Published 18 June 2025

Plans for a new bus depot on the old gasworks site in Carnmore will not be decided until the autumn.

The transport board postponed its vote on the depot plan until September after residents asked for a noise study. Board chair Fiona Grealish said the study would take about ten weeks.
"""

DECIDED = """Depot plan approved

Published 18 June 2025

The transport board approved the depot plan for the old gasworks site in Carnmore on Tuesday because it would cut empty bus journeys by a fifth, board chair Fiona Grealish said.
"""


minutes = app_fixture("ashgrove_minutes.txt", MINUTES)
report = app_fixture("carnmore_depot.txt", REPORT)
decided = app_fixture("carnmore_depot_decided.txt", DECIDED)


test_answers = table(answers, [
    ask("minutes", "Why did Ashgrove parish council approve the sports pavilion?",
        "defer a decision to the May meeting", id="an_approval_the_minutes_defer_is_corrected"),
    ask("report", "Why did the transport board reject the depot plan?", "postponed its vote",
        id="a_rejection_a_report_says_was_postponed_is_corrected"),
    ask("decided", "Why did the transport board approve the depot plan?", "empty bus journeys",
        id="an_approval_told_is_answered"),
])
