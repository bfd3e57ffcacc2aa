"""A why-question that takes as done what the article tells only as demanded of the doer: "Why has the
council agreed to close Mill Lane to lorries?" where "residents' group calls on the council to close Mill
Lane to lorries" and a council spokesperson says there are "no plans" to. The answer says the articles do
not say so and cites the demand and the doer's denial. An act the doer did is answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DEMAND = """Residents want lorry ban on Mill Lane

Published 2 April 2025

A petition signed by 900 people calls on the council to close Mill Lane to lorries, which would require hauliers to close their yard gates on the lane by 7pm. The Fennbrook Residents' Group wants the ban in place by the summer.

The council said in a statement that road safety was "a priority". A council spokesperson said there were "no plans" to change the route for lorries.
"""

DONE = """Council bans lorries from Mill Lane

Published 9 June 2025

The council has agreed to close Mill Lane to lorries from July, after a petition signed by 900 people. Councillor Oriel Danvers said the lane was too narrow for heavy traffic.
"""

demand = app_fixture("mill_lane_petition.txt", DEMAND)
done = app_fixture("mill_lane_ban.txt", DONE)


def test_a_demand_on_the_doer_is_no_deed_of_it(demand):
    answers(demand, "Why has the council agreed to close Mill Lane to lorries?", "calls on the council", "no plans",
            starting="The articles do not say")


def test_the_deed_done_is_answered(done):
    answers(done, "Why has the council agreed to close Mill Lane to lorries?", "agreed to close", lacking="do not say")
