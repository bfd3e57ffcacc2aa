""""What did the new caterer promise?": the body the question names by its trade speaks through its
officer, written as the owner's ("Larkspur's director, Ms X, has promised ..."), when the passage gives
the body's full name with that trade ("Larkspur Catering"). Another officer's words, of a body of
another trade, answer nothing."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Moorcroft Primary: spring notes

Published: 6 March 2026

From Monday 13 April our school meals will be cooked by Larkspur Catering instead of the county's contractor. Larkspur's director, Ms Odile Fenwick, has promised that the price of a meal will stay at £2.60 until the summer.

The swimming pool is run by Brackwater Leisure. Brackwater's manager, Mr Quentin Arlott, has promised that the pool will reopen in May.
"""

app = app_fixture("moorcroft.txt", ARTICLE)


def test_the_trades_officer_answers_what_the_trade_promised(app):
    answers(app, "What did the new lunch caterer promise about the price of a meal?", "2.60")


def test_an_officer_of_another_trade_speaks_for_no_caterer():
    from bot.answering.owner_officers import speaks_for_kind

    texts = [ARTICLE]
    assert speaks_for_kind("Larkspur's director, Ms Odile Fenwick", "cater", texts)
    assert not speaks_for_kind("Brackwater's manager, Mr Quentin Arlott", "cater", texts)
    assert not speaks_for_kind("Ms Odile Fenwick", "cater", texts)
