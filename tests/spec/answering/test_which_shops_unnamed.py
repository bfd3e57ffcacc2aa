""""Which shops got warnings for overcharging?" asks the shops' names; "two shops had been warned" names
none, so the bot says the articles do not say which (citing that sentence). A story that names the
shop ("Harbour Pharmacy was warned") answers."""

import pytest

from tests.spec.answering.asks import answers, declines

UNNAMED = """Gas shortage: traders warned over prices

Cooking gas has been rationed across the island for three weeks, the importer said on Monday.

The trade inspector, Lino Fonua, said inspectors had visited 40 outlets since the rationing began. He said two shops had been warned for overcharging and that fines of up to $5,000 could follow.
"""

NAMED = """Pharmacy warned over mask prices

The trade inspector, Lino Fonua, said on Monday that Harbour Pharmacy had been warned for overcharging on face masks.
"""


@pytest.fixture(scope="module")
def unnamed(app_over):
    with app_over("gas.txt", UNNAMED) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def named(app_over):
    with app_over("masks.txt", NAMED) as whosaid:
        yield whosaid


def test_shops_counted_but_not_named_are_not_said(unnamed):
    declines(unnamed, "which shops got warnings for overcharging on gas", "two shops had been warned")


def test_a_shop_named_answers(named):
    answers(named, "which pharmacy got a warning for overcharging", "Harbour Pharmacy")
