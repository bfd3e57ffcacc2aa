"""Words said on one occasion go on being dated by it: a body that "told the paper on Tuesday" and
its officer introduced right after it ("Its chief executive, NAME, said") speak on that Tuesday; a
title that spoke "on Monday" and speaks again as "The TITLE said" (capitalised at the sentence's
start) is the same person on the same day. A new day named for the speaker's later words still
dates those. Every article is invented."""

from datetime import date

STORY = """Water board defends price rise

The chairman of the Orlund Water Board, Evander Kowalczuk-Berg, said yesterday that prices would rise by 12 per cent from July.

Meanwhile, the Orlund Consumers League told the paper on Tuesday that it would challenge the rise. Its chief executive, Paloma Rautenbach, said households could not afford it.

Speaking in Velmar on Monday, the Governor said he would review the board's plan. The Governor said the review would take a month.

The Governor said on Wednesday that he had met the board.

A spokesman for the league said it had written to every councillor.
"""


def test_a_bodys_officer_right_after_its_dated_words_speaks_that_day(statements, one):
    stmts = statements(STORY)  # published Thursday 9 May 2024
    assert one(stmts, "it would challenge the rise").when_start == date(2024, 5, 7)
    assert one(stmts, "households could not afford it").speaker == "Paloma Rautenbach"
    assert one(stmts, "households could not afford it").when_start == date(2024, 5, 7)


def test_a_title_again_at_a_sentences_start_is_the_same_occasion(statements, one):
    stmts = statements(STORY)
    assert one(stmts, "he would review the board's plan").when_start == date(2024, 5, 6)
    assert one(stmts, "the review would take a month").when_start == date(2024, 5, 6)


def test_a_new_day_still_dates_the_later_words(statements, one):
    stmts = statements(STORY)
    assert one(stmts, "he had met the board").when_start == date(2024, 5, 8)
    assert one(stmts, "it had written to every councillor").when_start == date(2024, 5, 9)
