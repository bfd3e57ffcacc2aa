""""What did the new baker pledge?": the body the question names by its trade speaks through its
officer, written as the owner's ("Marram's director, Ms X, has pledged ..."), when the passage gives
the body's full name with that trade ("Marram Bakers"). Another officer's words, of a body of
another trade, answer nothing."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Moorcroft Sailing Club: spring notes

Published: 6 March 2026

Marram Bakers will supply the club's bread from Monday 4 May, in place of the old supplier. Marram's director, Ms Odile Pellingar, has pledged that a loaf will cost £1.90 all summer.

The pool is run by Skelwick Leisure. Skelwick's manager, Mr Quentin Arlott, has pledged that the pool will reopen in June.
"""

app = app_fixture("moorcroft.txt", ARTICLE)


def test_the_trades_officer_answers_what_the_trade_pledged(app):
    answers(app, "What did the new baker pledge about the cost of a loaf?", "1.90")


def test_an_officer_of_another_trade_speaks_for_no_baker():
    from bot.answering.owner_officers import speaks_for_kind

    texts = [ARTICLE]
    assert speaks_for_kind("Marram's director, Ms Odile Pellingar", "baker", texts)
    assert not speaks_for_kind("Skelwick's manager, Mr Quentin Arlott", "baker", texts)
    assert not speaks_for_kind("Ms Odile Pellingar", "baker", texts)
