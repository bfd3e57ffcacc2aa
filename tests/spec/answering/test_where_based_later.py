""""Where is X based?" is answered by the later sentence that gives X's seat in passing ("a march to
Hollin's head office in Tarnby", "the Grestham-based group"), not by the lede and quotes that name X
most often and say nothing of where it is."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

TABLOID = """DAIRY DEPOTS FOR THE CHOP

Hollin Dairies confirmed on Monday that it was "reviewing the future" of six milk depots across the county, including the one at Ashby Marsh.

Hollin Dairies, which bought the depot in 2011, wants the site cleared by August so it can be sold for housing, drivers say.

Driver Kev Loxley, 51, said: "Forty years of milk rounds, and they tell us by text message."

A petition signed by 2,300 customers will be handed in at Hollin's head office in Tarnby on Friday.
"""

WIRE = """Pellworth Foods to cut 300 jobs as cereal sales slide

May 12 (Newswire) - Pellworth Foods said on Tuesday it would cut about 300 jobs and close its packing line at Marlow Cross, as sales of its breakfast cereals fell for a third year.

Pellworth Foods chief executive Anna Revel said the company had "no choice but to act".

Unions said they would fight the closure. Shares in the Grestham-based group fell 3% in early trading.
"""


tabloid = app_fixture("dairy_depots.txt", TABLOID)
wire = app_fixture("pellworth_jobs.txt", WIRE)


@pytest.mark.parametrize("question", ["Where is Hollin Dairies based?", "Where does Hollin Dairies have its head office?"])
def test_the_head_office_in_a_later_sentence_says_where(tabloid, question):
    answers(tabloid, question, "Tarnby")


def test_a_town_based_group_says_where(wire):
    answers(wire, "Where is Pellworth Foods based?", "Grestham")
