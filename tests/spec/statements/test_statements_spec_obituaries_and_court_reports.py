"""Obituaries and court reports: words said decades ago dated at their own year, relatives named
after a possessive ("Her son, X"), bodies named like people ("the Royal Infirmary"), and a
speaker named two appositions after a fronted phrase ("Outside court, the owner, X, said").
Every article here is invented."""

from datetime import date

OBITUARY = """Margit Elvander, pioneering surgeon, dies at 91

Published: 8 October 2024

Margit Elvander, who performed the country's first hand transplant, has died at the age of 91, her family said on Monday.

Born in Tromby in 1933, she trained in the capital before joining the Royal Infirmary in 1962.

In 1987 she told the Evening Courier: "Nobody believed it could be done, and I did not care."

Speaking to students in 1995, she said surgery was "a craft before it is a science".

Her son, Anders Elvander, said she had worked until she was 80.

"She never stopped asking questions," he said.
"""

COURT = """Finance director jailed for bakery fraud

Published: Friday, 14 June 2024

A former finance director who stole 400,000 pounds from a bakery chain was jailed for four years on Thursday.

Dominic Farrow, 52, pleaded guilty to fraud by abuse of position.

Prosecuting, Anita Desmond said Farrow had "betrayed the trust of people who had known him for decades".

In mitigation, Gerald Pyne said his client was "deeply ashamed".

Outside court, the chain's owner, Lydia Crane, said the staff felt "relieved that it is over".
"""


def test_words_said_at_a_speaking_occasion_decades_ago_are_dated_in_its_year(statements, one):
    stmts = statements(OBITUARY, published=date(2024, 10, 8))
    then = one(stmts, "a craft before it is a science")
    assert (then.when_start, then.when_end) == (date(1995, 1, 1), date(1995, 12, 31))
    earlier = one(stmts, "Nobody believed it could be done")
    assert earlier.when_start == date(1987, 1, 1)


def test_a_relative_named_after_her_possessive_keeps_his_own_gender(statements, one):
    stmts = statements(OBITUARY, published=date(2024, 10, 8))
    assert one(stmts, "She never stopped asking questions").speaker == "Anders Elvander"
    assert one(stmts, "she had worked until she was 80").speaker == "Anders Elvander"


def test_a_body_named_with_the_and_a_first_name_is_no_one(statements):
    stmts = statements(OBITUARY, published=date(2024, 10, 8))
    assert not [s for s in stmts if "Infirmary" in s.speaker]


def test_a_speaker_named_after_a_fronted_place_and_a_role(statements, one):
    stmts = statements(COURT, published=date(2024, 6, 14))
    assert one(stmts, "relieved that it is over").speaker == "Lydia Crane"
    assert one(stmts, "deeply ashamed").speaker == "Gerald Pyne"
    assert one(stmts, "betrayed the trust").speaker == "Anita Desmond"


GALLERY = """Gallery founder dies at 88

Published: 8 October 2024

The gallery founder Edith Marlowe has died at 88, her family said on Monday.

Marlowe once said that "a painting is a door, not a window".

She often told students that talent was "the least of it".

In her memoir, published in 2001, she wrote that the gallery had nearly closed twice.

Her daughter, Clara Marlowe, said she had painted until the last week of her life.
"""


def test_words_said_once_or_often_are_given_no_day(statements, one):
    stmts = statements(GALLERY, published=date(2024, 10, 8))
    for fragment in ("a door, not a window", "the least of it"):
        st = one(stmts, fragment)
        assert st.when_start is None and st.date_basis == "none"
    assert one(stmts, "painted until the last week").when_start == date(2024, 10, 8)


def test_words_written_in_a_book_published_in_a_year_are_of_that_year(statements, one):
    st = one(statements(GALLERY, published=date(2024, 10, 8)), "nearly closed twice")
    assert (st.when_start, st.when_end) == (date(2001, 1, 1), date(2001, 12, 31))


def test_a_family_or_a_couple_speaks_as_one(statements, one):
    stmts = statements(GALLERY, published=date(2024, 10, 8))
    st = one(stmts, "has died at 88")
    assert st.speaker == "Marlowe's family" and st.when_start == date(2024, 10, 7)
    couple = statements('The couple said they had been married for 40 years.', published=date(2024, 10, 8))
    assert [s.speaker for s in couple] == ["The couple"]
