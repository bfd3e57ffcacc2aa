""""How much debt does the trainee have?": a debt, a loan or savings are held in money, so the
sentence that gives the sum ("I owe roughly £48,000") answers, though it never writes "debt", and the
sentence that only describes the trainee does not answer alone. Every article here is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Student farriers count the cost of the hills

Published: 4 May 2026

PER LYNGMO, BYLINE: Few young farriers stay. Among them is Liv Sletvoll, a third-year farrier student at a school in Vantorp, who shod horses with Lyngmo for a fortnight last spring.

LIV SLETVOLL: I owe roughly £48,000 to the college. Hill work pays about half the town rate. I still want it.

LYNGMO: The county has a grant for farriers who stay five years.
"""

OTHER = """Harbour board delays slipway repairs

Published: 5 May 2026

The harbour board said on Monday that repairs to the east slipway would not start before July. Its engineer, Gwilym Trebarwith, said the piles had to be replaced first.
"""

app = articles_fixture({"farriers.txt": ARTICLE, "slipway.txt": OTHER})


def test_the_sum_owed_answers_how_much_debt(app):
    answers(app, "how much student debt does the farrier student have", "48,000")
