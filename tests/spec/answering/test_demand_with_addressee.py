""""What did the allotment holders ask the parish council for?" is a question about a demand, with
the body asked written between "ask" and "for". It is answered by the sentence stating the demand
("they asked for a ten-year tenancy"), not by the report of the council's meeting, which shares
more of the question's words."""

from bot.answering.demands import asks_demand, demander
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

PLOTS = """Parish council turns down allotment plea

Thursday 3rd September 2026 | Local news

Tenants of the Brackwell Lane allotments packed the parish council meeting on Monday, where the parish council voted to sell the allotment field to a developer.

Parish council chairman Corvin Fawley said the allotment holders had been given "every chance" at the meeting.

Maud Tenley, secretary of the allotment society at Brackwell Lane, said: 'We asked for a ten-year tenancy and a new water trough. That is all.'

The sale is expected to complete in November.
"""

plots = app_fixture("brackwell_allotments.txt", PLOTS)


def test_a_demand_with_its_addressee_is_a_demand_question():
    assert asks_demand("What did the allotment holders ask the parish council for?")
    assert "allot" in demander("what did the allotment holders ask the council for")


def test_a_question_going_on_after_the_addressee_is_not_one():
    assert not asks_demand("what did he ask the minister about the road for the town")


def test_the_demand_answers_it(plots):
    answers(plots, "What did the allotment holders ask the parish council for?", "ten-year tenancy")
