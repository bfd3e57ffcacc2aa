""""Compare the savings estimate with what the study days would cost": both halves ask for sums of
money, so each half's sentence must give one; "the estimate assumed one less day a week" has a
number but no saving, and the sentence with the saved sum answers that half."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Board weighs a four-day school week

The superintendent's plan to move the district's schools to a four-day week would save about $410,000 a year, mostly on buses and heating, the board heard on Monday.

Business manager Dana Pruitt explained that the savings estimate assumed one less day of bus routes and building heating each week.

She cautioned that the figure did not yet include the cost of staffing the Friday study days, which she put at between $70,000 and $120,000.

The board will vote in April.
"""


app = app_fixture("four_day_week.txt", ARTICLE)


def test_each_half_asking_a_sum_is_answered_by_a_sum(app):
    answers(app, "compare the savings estimate with what the study days would cost", "$410,000", "$70,000")
