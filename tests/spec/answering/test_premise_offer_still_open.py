"""A why-question that takes someone's offer as turned down, where the article reports only the
offerer saying it would still do what it offered: that sentence corrects the premise. Where the
article does tell the offer being turned down, the question is answered as usual."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, replies, table

SHOP = """Corrabeg villagers raise £90,000 to save their shop

Villagers in Corrabeg have raised £90,000 towards buying the village shop, which its owners plan to close in March.

Community company chairman Alasdair Kenmure told a packed meeting in the hall that the shop could break even within two years.

Not everyone was convinced. Crofter Isla Fairhame asked who would work the early shifts.

A spokesman for Lowther Wholesale, which stocks the shop, said the firm would be happy to keep delivering to the shop under community ownership.
"""

BUS = """Rossby council rejects operator's offer to run night buses

Rossby council has turned down Strathmore Coaches' offer to run night buses at no cost to the town, saying the routes could not be licensed in time.

Strathmore Coaches said it was disappointed and would be happy to run the buses next year instead.
"""

shop = app_fixture("shop.txt", SHOP)
bus = app_fixture("night_buses.txt", BUS)

test_answers = table(answers, [
    ask("shop", "Why did the Corrabeg company turn down Lowther Wholesale's offer to keep delivering to the shop?",
        "happy to keep delivering", starting="The articles do not say so", id="offerer_still_willing_corrects_turned_down"),
])

test_replies = table(replies, [
    ask("bus", "Why did Rossby council turn down Strathmore Coaches' offer to run night buses?", "licensed in time",
        lacking="The articles do not say so", id="offer_told_as_turned_down_is_answered"),
])
