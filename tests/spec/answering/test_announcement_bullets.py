"""A company announcement states its facts in highlight bullets, in its own words: "The delay follows a
fire at ...", "Net proceeds will fund ...". A question words them otherwise ("Why has the opening
slipped?", "What will the money be spent on?"): the bullet that gives the cause or the use answers,
not the lede that only names the project and the sum."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

RELEASE = """Corvath Ports plc - CVP
Placing and revised terminal timetable
Released 07:00:02 09-Jun-2025

Corvath Ports plc (AIM: CVP), the operator of the Glenmarrow container terminal in Pelmouth, announces that it has raised £8.4 million through a placing of 42,000,000 new ordinary shares at 20 pence per share.

Highlights

- Opening of the second berth at Glenmarrow is now expected in March 2026, rather than October 2025.
- The delay follows a fire in April at the crane maker's assembly plant, which destroyed two of the four ship-to-shore cranes on order.
- Net proceeds will fund two replacement cranes, extra dredging of the approach channel and working capital.

Wenna Tresidder, Chief Executive Officer, said:

"Nobody wanted a later opening, but the customers we have signed are staying with us."
"""

release = app_fixture("corvath_release.txt", RELEASE)


def test_why_it_slipped_is_the_bullet_that_says_what_the_delay_follows(release):
    answers(release, "Why has the opening of the second berth at the terminal slipped?", "fire", lacking="raised £8.4 million")


def test_what_the_money_is_spent_on_is_the_bullet_on_what_proceeds_fund(release):
    answers(release, "What is the money raised from the share sale going to be spent on?", "replacement cranes")
