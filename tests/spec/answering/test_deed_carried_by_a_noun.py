"""A who-question whose verb only carries a noun of the deed ("who carried out the inspection",
"who conducted the review") asks who did that deed, which the article writes with the noun's own
verb, often in the passive with a "by" agent after a date: "was inspected on 3 March by the
county's bridge engineer, X". The agent's sentence answers; an article that tells no such deed
is still declined."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

LETTER = """Marlcombe District Council

3 October 2025

Dear Ms Ferriby

Thank you for your request of 2 September 2025 for information about the Wenlow footbridge.

1. Inspection reports

The footbridge was inspected on 14 May 2025 by the council's principal structures engineer, Odalys Quennell. A copy of her report is enclosed. The report found corrosion on two of the bridge's bearings.

2. Repair costs

The estimated cost of replacing the bearings is £84,000. Funding has been requested in next year's capital programme.

Yours sincerely

Ysolde Draycott
Chief Executive
"""

NEWS = """Ferry pier audit finds rotten piles

THORNABY — An audit of the Catesby ferry pier has found that a third of its timber piles are rotten, the harbour board said on Tuesday.

The pier was reviewed last month by marine consultants Fenwright & Lissard, who recommended that heavy vehicles be kept off it.

Harbour master Ilsa Penrose said the ferry would keep running for foot passengers.
"""

SHOW = """Ashlow show draws record crowd

A record 12,000 people attended the Ashlow agricultural show on Saturday, organisers said.

The grand parade was led by the Tullamore pipe band, and prizes were presented by show president Gwen Oakenfold.

"It was the best weather we've had in years," she said.
"""

letter = app_fixture("footbridge_letter.txt", LETTER)
news = app_fixture("pier_audit.txt", NEWS)
show = app_fixture("show.txt", SHOW)

test_answers = table(answers, [
    ask("letter", "who carried out the May inspection of the Wenlow footbridge", "Quennell",
        id="passive_agent_after_a_date_answers_carried_out"),
    ask("news", "Who conducted the review of the Catesby ferry pier?", "Fenwright",
        id="reviewed_by_answers_conducted_the_review"),
])

test_declines = table(declines, [
    ask("show", "Who carried out the inspection of the show ground?", id="no_inspection_told_is_declined"),
    ask("letter", "who carried out the valuation of the footbridge", id="another_deed_noun_is_declined"),
])
