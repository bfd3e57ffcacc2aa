"""An act told from the other side answers: "How many families paid deposits to the builder?" is
answered by "he took deposits from 52 families", "How many tickets did the club sell?" by "fans bought
9,400 tickets". The sentence used to be weighed down as not saying the act happened."""

import pytest

from bot.answering.predicate import happened

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

COURT = """Builder who vanished with deposits is jailed

A builder who took deposits from 52 families for kitchen extensions he never built was jailed for three years at Rowley Crown Court on Friday.

Gareth Pennock, 44, of Millbrook, ran Pennock Home Extensions from a yard in the town. The court heard that customers lost a total of £318,000.

Prosecutor Hannah Delves said some customers had borrowed against their homes to pay him.
"""

CLUB = """Brackwater Rovers sell out for the cup tie

Brackwater Rovers said on Monday that fans had bought 9,400 tickets for Saturday's cup tie against Ellingham, a record for the ground.

The club will open its north stand for the first time since 2019.
"""


@pytest.mark.parametrize("sentence, lemma", [
    ("He took deposits from 52 families.", "pay"),
    ("Fans bought 9,400 tickets for the tie.", "sell"),
    ("The charity received 300 bicycles from the council.", "give"),
])
def test_the_other_sides_verb_says_it_happened(sentence, lemma):
    assert happened(sentence, lemma) == "yes"


def test_an_unrelated_act_does_not():
    assert happened("The club will open its north stand.", "sell") != "yes"


court = app_fixture("builder_jailed.txt", COURT)
club = app_fixture("rovers_tickets.txt", CLUB)


def test_how_many_paid_is_answered_by_who_took(court):
    answers(court, "How many families paid deposits to Pennock Home Extensions?", "52")


def test_how_many_sold_is_answered_by_who_bought(club):
    answers(club, "How many tickets did Brackwater Rovers sell for the cup tie?", "9,400")
