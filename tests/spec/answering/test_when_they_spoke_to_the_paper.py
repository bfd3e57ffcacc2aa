""""On what date did the official speak to the newspaper?": a daily's "Contacted, the official, X,
said ..." then "X said on phone yesterday" is answered with the call's day resolved, though the
question asks with "speak" rather than a speech verb of the ledger. Invented article."""

import pytest

from tests.spec.answering.asks import answers

ARTICLE = """COUNTIES
THURSDAY MARCH 13 2025
By OLU MBEKI

Traders in Portmore ward have accused the county government of abandoning a Sh30 million market project two years after it was launched.

Stallholder Mary Achieng said she now sells from a tarpaulin on the roadside.

Contacted, the County Executive Committee Member for Trade and Markets, Ms Ada Wanjiru Lorne, said the contractor had left the site after a dispute over pending bills.

"We have advertised the tender again and a new contractor will be on site by June. I want to assure the traders of Portmore that this market will be finished," Ms Lorne said on phone yesterday.
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("market.txt", ARTICLE) as whosaid:
        yield whosaid


@pytest.mark.parametrize("question", ["On what date did the trade executive speak to the newspaper?",
                                      "When did Lorne talk to the paper?"])
def test_the_call_s_day_answers_when_the_official_spoke(app, question):
    answers(app, question, "12 March 2025")
