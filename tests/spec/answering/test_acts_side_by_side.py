"""A comparison of two acts ("what the union asked for" / "what the board offered") is answered by the
sentence that gives each act its own figure, whatever it calls the two sides ("we", "the board"), not
by the sentence naming both sides with one figure. The article is invented."""

from bot.answering.question import analyse
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """NURSES' UNION BULLETIN
Date: 2025/04/11

PAY BALLOT: HARROW VALE HEALTH BOARD

In a letter sent to the union on Wednesday, the Harrow Vale Health Board's finance director, Mr Colm Reddin, said Harrow Vale Health Board "respects the ballot" but could not pay more than 4 percent on wages this year.

Branch Secretary Aoife Lennon thanked members for the turnout. "We asked for 11 percent and a weekend allowance of 300 pounds, and the board offered 3.5 percent and nothing for weekends. That is not an offer," she said.

Mr Reddin said the board would ask for a further conciliation meeting and would tell the union of a date.

He denied that the union had been asked to accept the offer on wages without a vote, saying Harrow Vale had "followed every step".
"""

app = app_fixture("harrow_vale_ballot.txt", ARTICLE)


def test_each_halfs_act_with_its_own_figure_in_one_sentence():
    from bot.answering.acts_side_by_side import _each_has_figure

    q = analyse("Compare what the union asked for with what Harrow Vale offered on wages.")
    own = [frozenset(q.halves[0]) - frozenset(q.halves[1]) - frozenset(q.names),
           frozenset(q.halves[1]) - frozenset(q.halves[0]) - frozenset(q.names)]
    assert _each_has_figure("We asked for 11 percent, and the board offered 3.5 percent.", own)
    assert not _each_has_figure("The board could not pay more than 4 percent, as asked.", own)


def test_the_sentence_giving_both_figures_answers_the_comparison(app):
    answers(app, "Compare what the union asked for with what Harrow Vale offered on wages.", "11 percent", "3.5 percent")


def test_halves_named_by_nouns_or_a_year_set_no_acts_side_by_side():
    from bot.answering.acts_side_by_side import _each_has_figure, _verbs

    # "the union's pay demand and the board's offer": nouns, no act of either half
    assert not _verbs("How far apart are the union's pay demand and the board's offer?")
    # a year after the act's word is no figure of it
    assert not _each_has_figure("It would raise its offer to 5% if the union dropped its demand for back pay of 2023.",
                                [frozenset({"offer"}), frozenset({"demand"})])
