"""A comparison of what one side pays, charges or earns, asked with "what" ("what are buyers paying
for eels now compared with March?"), asks for each side's sum, as "how much" would: the lede that
says the price "has almost halved" holds no figure and answers neither side."""

from bot.answering.compare_halves import asks_figures
from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

MARKET = """Eel catchers leave nets dry as prices slump

EEL catchers on the Vorrin estuary say the price they are paid for smoked eel at the Quellby fish hall has almost halved since March, and some have stopped setting their nets at all.

Catchers told the Gazette dealers were paying between £14 and £16 a kilogram this week. In March the same dealers paid about £29.

"It does not cover the diesel," said Bartram Yelland, who has fished the estuary for 30 years.
"""

market = app_fixture("eel_prices.txt", MARKET)


def test_what_one_side_pays_asks_for_figures():
    q = analyse("what are dealers paying for smoked eel now compared with march")
    assert q.kind == "compare" and asks_figures(q)


def test_what_is_paid_now_against_then_gives_both_prices(market):
    answers(market, "what are dealers paying for smoked eel now compared with march", "£14", "£29")
