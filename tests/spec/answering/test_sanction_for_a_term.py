""""Why was the goalkeeper banned for life?" where the panel suspends him "for 18 months", and "Why
was the bakery closed permanently?" where it was shut "for six weeks": the premise's for-ever is
corrected by the term the article gives (in a decision's operative line that shares no word with the
question too). A ban the article says is for life is explained; a guideline's range is no term given."""

import pytest

from tests.spec.answering.asks import answers

PANEL = """MERRISHAW AMATEUR FOOTBALL ASSOCIATION
DISCIPLINARY COMMISSION — DECISION

Case: MAFA/DC/2026/14
Player: Mr Osric Tallowdene (Harnsey Wanderers)

1. Decision
1.1 The charge of improper conduct towards a match official is proved.
1.2 The Player is suspended from all Association football for 18 months from the date of this decision.

2. Reasons
2.1 The referee's report records that the Player pushed the referee twice after the second goal.
2.2 The Association's guidance suggests a suspension of between six months and two years for such conduct.
"""

BAKERY = """Title: Kelsbridge bakery shut after inspection
Date: 2026-04-02

A bakery on Orchard Row in Kelsbridge was closed for six weeks on Tuesday after inspectors found mice droppings in its storeroom, the district council said.

The owner, Perpetua Haldane, said she had already called in a pest control firm.
"""

LIFE = """Title: Jockey banned for life over race-fixing
Date: 2026-05-09

Jockey Lucan Quarrendon was banned for life by the racing authority on Friday after a hearing found he had deliberately lost three races at Ferrisford.

The panel said he had been paid by a betting syndicate.
"""


@pytest.fixture(scope="module")
def panel(app_over):
    with app_over("panel.txt", PANEL) as app:
        yield app


@pytest.fixture(scope="module")
def bakery(app_over):
    with app_over("bakery.txt", BAKERY) as app:
        yield app


@pytest.fixture(scope="module")
def life(app_over):
    with app_over("life.txt", LIFE) as app:
        yield app


def test_a_life_ban_is_corrected_by_the_term_decided(panel):
    answers(panel, "why was tallowdene banned for life", "18 months", starting="The articles do not say so", lacking="guidance")


def test_a_permanent_closure_is_corrected_by_the_term(bakery):
    answers(bakery, "Why was the Kelsbridge bakery closed permanently?", "six weeks", starting="The articles do not say so")


def test_a_life_ban_told_is_explained(life):
    answers(life, "Why was Lucan Quarrendon banned for life?", lacking="do not say so")
