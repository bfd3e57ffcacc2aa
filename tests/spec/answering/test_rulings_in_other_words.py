""""What did the court decide?" is answered by a court summary's "The court holds that ..." or a
tribunal's "found that ...": a ruling told with another verb of ruling. The question's verb is not
in the sentence, so the sentence used to be weighed down as not saying it happened, and the
question declined."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

SUMMARY = """Top court rules on tenancy deposits

Published: 12 June 2025

Press summary: Marlowe Lettings Ltd v Osei

The Supreme Court today dismissed the landlord's appeal.

The court holds that a deposit must be placed in a protection scheme within thirty days of the tenancy starting, and that a landlord who fails to do so cannot keep any part of it.

Lady Ashcombe gives the lead judgment, with which Lord Penrith and Lady Kerrigan agree.
"""

TRIBUNAL = """Courier was a worker, tribunal says

Published: 3 July 2025

An employment tribunal found that a courier who delivered parcels for Swiftdrop for four years was a worker entitled to holiday pay.

Swiftdrop said it would study the judgment before deciding whether to appeal.
"""


summary = app_fixture("deposit_summary.txt", SUMMARY)
tribunal = app_fixture("courier_tribunal.txt", TRIBUNAL)


@pytest.mark.parametrize("question", [
    "What did the Supreme Court decide about deposit protection schemes?",
    "What did the court rule about deposits that are not put in a protection scheme?",
])
def test_a_court_summary_holds_what_was_decided(summary, question):
    answers(summary, question, "within thirty days")


def test_a_tribunal_finds_what_was_ruled(tribunal):
    answers(tribunal, "What did the employment tribunal rule about the courier?", "was a worker")


def test_a_ruling_the_article_does_not_report_is_still_declined(tribunal):
    declines(tribunal, "What did the appeal court decide about the courier's pension?")
