"""A review the article names only as asked for and to come ("I have asked the department to review how
the list is ranked, and the review will report to me within three months"; "The review will be led by
Dr Selin Aydemir"): what it concluded is not told, so the articles do not say."""

import pytest

from tests.spec.answering.asks import answers, declines

BRIEFING = """Title: Minister visits flooded estate
Date: 2025-11-20

Following is what the Minister for Housing, Ms Ingrid Solvang, said after visiting the flooded Brackwater estate today.

Minister for Housing: The drains under the estate were surveyed in 2022 and placed on the list for renewal, but they were not at the top of that list. After Sunday's flood I have asked the department to review how the list is ranked, and the review will report to me within three months.

Reporter: Will the review be independent?

Minister for Housing: The review will be led by an engineer from outside the department, Dr Selin Aydemir of the Institute of Drainage Practice. Forty-two households are in temporary homes tonight.
"""


@pytest.fixture(scope="module")
def briefing(app_over):
    with app_over("briefing.txt", BRIEFING) as app:
        yield app


def test_a_review_asked_for_has_no_findings(briefing):
    declines(briefing, "What did Dr Aydemir's review of the renewal list conclude?")


def test_what_is_told_of_the_review_is_still_answered(briefing):
    answers(briefing, "Who will lead the review of the renewal list?", "Aydemir")
    answers(briefing, "How many households are in temporary homes?", "Forty-two")
