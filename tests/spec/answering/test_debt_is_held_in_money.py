""""How much debt does the trainee have?": a debt, a loan or savings are held in money, so the
sentence that gives the sum ("I owe about £48,000") answers, though it never writes "debt", and the
sentence that only describes the trainee does not answer alone. Every article here is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Why young farriers leave the hills

Published: 4 May 2026

PER HOLM, BYLINE: One of those young farriers is Liv Aasen, a third-year student at a farriery college in Voss who spent two weeks with Holm in the summer.

LIV AASEN: I owe about £48,000 for the course. A hill job pays maybe half of what a town yard pays. I want to do it anyway.

HOLM: The county has a grant for farriers who stay five years.
"""

app = app_fixture("farriers.txt", ARTICLE)


def test_the_sum_owed_answers_how_much_debt(app):
    answers(app, "how much student debt does the farrier student have", "48,000")
