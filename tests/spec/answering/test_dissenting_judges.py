"""A question asks which judge "disagreed with the majority"; a court's summary says the judge
"gives a dissenting judgment" or wrote "dissenting" (index/vocabulary.yaml `paraphrases`): the
answer is that judge, not a sentence that shares the question's other words. The article is invented."""

import pytest

from tests.spec.answering.asks import answers

SUMMARY = """PRESS SUMMARY

2 June 2025

Corvale Homes Ltd (Appellant) v Tindall (Respondent)

JUDGMENT
The Supreme Court dismisses the appeal by a majority of three to two. Lady Harrowgate gives the lead judgment, with which Lord Pendry agrees. Lord Ashworth gives a dissenting judgment, with which Lady Tolland agrees.

REASONS FOR THE JUDGMENT
Corvale argued that the leaseholders had agreed to the new service charge for the car park.

Lady Harrowgate rejects that argument. A lease cannot be varied by a vote of the other tenants [22].

Lord Ashworth, dissenting, would have allowed the appeal.
"""


@pytest.fixture(scope="module")
def summary(app_over):
    with app_over("corvale_summary.txt", SUMMARY) as whosaid:
        yield whosaid


def test_which_judge_disagreed_with_the_majority_is_the_dissenting_judge(summary):
    answers(summary, "Which judge disagreed with the majority in the car park case?", "Ashworth")
