""""How much money is the contractor owed?" where a paper prints the sum in
kwacha or kina as a capital K before the digits ("K86 million"): that is money, and the answer."""

import pytest

from tests.spec.answering.asks import answers

ROADS = """# Contractor halts Kasempa feeder-road works

**March 11, 2027 | By LUBONA SIAME**

Work on the Kasempa feeder roads has stopped after the contractor withdrew its graders from the site.

Mutende Civil Works, which won the tender in 2025, confirmed that its crews had left.

Its chief executive, Mubanga Sichilongo, said in an interview on Tuesday that the firm was owed K86 million for work certified between June and December.

"We cannot keep financing the council's roads from our own overdraft," Sichilongo said.
"""


@pytest.fixture(scope="module")
def roads(app_over):
    with app_over("roads.md", ROADS) as app:
        yield app


def test_a_sum_after_a_capital_k_is_money(roads):
    answers(roads, "how much money is the contractor owed", "K86 million")
