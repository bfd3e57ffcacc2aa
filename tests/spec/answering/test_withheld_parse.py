"""A sentence that withholds what it is about, read from the parse in any wording: "declined to
say", "did not tell me how many", "was not disclosed", "has said nothing", "no figure was given",
"it is not known"; and what is withheld, and by whom."""

import pytest

from bot.answering.terms import stems
from bot.answering.withheld import withholdings, withholds


def _terms(text):
    return tuple(stems(text))


@pytest.mark.parametrize("sentence, asked", [
    ("The company declined to say how many workers would lose their jobs.", "workers jobs"),
    ("When I rang the health board to ask how many beds had been closed, the press officer did not tell me how many.", "beds closed"),
    ("The cost of the deal to the company was not disclosed.", "cost deal"),
    ("Officials would not disclose a figure for the cost of the repairs when asked.", "cost repairs"),
    ("No figure was given for the number of homes still without power.", "homes power"),
    ("The firm refused to give a figure for its losses.", "losses"),
    ("It is not known how many passengers were on board.", "passengers board"),
    ("It is unclear how much the new stadium will cost.", "stadium cost"),
    ("I'm not going to give you a number for the redundancies today.", "redundancies"),
    ("He would not be drawn on the size of the payout.", "payout"),
    ("Police have not released the names of the victims.", "victims"),
    ("The ministry has yet to say how many schools will close.", "schools close"),
    ("The club never disclosed the transfer fee.", "transfer fee"),
    ("The company did not say who would replace Roth.", "replace"),
    ("Kessler agreed to sell its frozen pizza business to a buyer it declined to name.", "pizza business"),
    ("The club paid a fee it would not disclose for the striker.", "fee striker"),
])
def test_withholdings_in_many_wordings(sentence, asked):
    assert withholds(sentence, _terms(asked)), withholdings(sentence)


@pytest.mark.parametrize("sentence, asked", [
    ("The company cut 200 jobs last year.", "jobs cut"),
    ("The company did not make a profit in the third quarter.", "profit"),
    ("The union said the talks had not failed and would go on.", "talks"),
    ("The company declined to say how many workers would lose their jobs.", "dividend shareholders"),
    ("She did not resign, and said she would stay until the election.", "resign"),
])
def test_no_withholding_of_what_is_asked(sentence, asked):
    assert not withholds(sentence, _terms(asked)), withholdings(sentence)


@pytest.mark.parametrize("sentence, speaker", [
    ("The board's chief executive, Martin Hale, has said nothing in public since the autumn.", "Martin Hale"),
    ("Norrland's chairman, Henrik Berg, was not available for comment.", "Henrik Berg"),
    ("A spokesman for the ministry declined to comment.", "ministry spokesman"),
    ("Greaves could not be reached for comment on Monday.", "Greaves"),
    ("The mayor did not return calls seeking comment.", "mayor"),
])
def test_a_speaker_who_said_nothing(sentence, speaker):
    assert withholds(sentence, (), _terms(speaker)), withholdings(sentence)


def test_someone_else_saying_nothing_is_not_the_speaker_saying_nothing():
    sentence = "The board's chief executive, Martin Hale, has said nothing in public since the autumn."
    assert not withholds(sentence, (), _terms("Anne Brodie"))

