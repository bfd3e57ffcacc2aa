"""A when-question about a weekly's publication ("When was this edition of the Quayside Whelk
published?") is answered with the day its edition line states ("Edition 1,482 — week ending Friday
14 March 2025"), and a statement's weekday in it falls in that week. Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ledger = app_fixture("ledger.txt", (
    "THE QUAYSIDE WHELK\nEdition 1,482 — week ending Friday 14 March 2025\n\nNet menders want a new shed\n\n"
    "Net menders on the east quay have asked the harbour board for a covered workshop.\n\n"
    "Fisheries officer Branoc Tregunna-Wills said on Tuesday that the quay would be resurfaced before the summer.\n\n"
    "\"We mend in the rain and the wind. A shed is not a luxury,\" said Elowen Carthew-Penwarne, who has mended "
    "nets on the quay for thirty years.\n"))


def test_the_edition_day_answers_when_it_was_published(ledger):
    answers(ledger, "When was this edition of the Quayside Whelk published?", "14 March 2025")


def test_a_weekday_said_in_it_falls_in_that_week(ledger):
    answers(ledger, "When did Branoc Tregunna-Wills say the quay would be resurfaced?", "11 March")
