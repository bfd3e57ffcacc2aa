"""A court round-up: short cases under one intro that dates the sitting ("The following cases
were dealt with by magistrates sitting at X on Monday"). Words told the magistrates, or a
victim's statement read to the court, were said at that sitting, not on the day the round-up is
published. Every article here is invented (published on Thursday 9 May 2024, see conftest)."""

from datetime import date

ROUND_UP = """COURT ROUND-UP

The following cases were dealt with by magistrates sitting at Carnbrea Magistrates' Court on Monday.

THIEF TOOK CHARITY TIN

Lowen Trethewey, 27, pleaded guilty to stealing a collection tin from the counter of a bakery.

The bakery's manager, Ysolde Penberthy, said in a statement read to the court that staff had been "deeply upset".

DOG ATTACK ON POSTMAN

Morwenna Keast, 58, admitted being the owner of a dog that was dangerously out of control.

Ms Keast, who represented herself, told magistrates: "He has never done anything like this."
"""


def test_a_statement_read_to_the_court_is_dated_at_the_sitting(statements, one):
    st = one(statements(ROUND_UP), "deeply upset")
    assert (st.speaker, st.when_start) == ("Ysolde Penberthy", date(2024, 5, 6))


def test_words_told_the_magistrates_are_dated_at_the_sitting(statements, one):
    st = one(statements(ROUND_UP), "never done anything like this")
    assert (st.speaker, st.when_start) == ("Morwenna Keast", date(2024, 5, 6))
