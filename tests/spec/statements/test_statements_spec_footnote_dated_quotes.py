"""A report that sources each quotation in a numbered note at its end ("he said.[12]" ... "[12]
Interview with X, Oxbury, 3 May 2024."; "[13] Ibid."): the note dates the words (and places
them), though the body names no day and the cover gives a month only. A note's marker closes the
run of one speaker's words before it; a later sentence of the same speaker takes the same note.
Every article here is invented."""

from datetime import date

from tests.spec.invented import statements_of, the_one

_BRACKETS = (
    "FENWAY WATER WATCH\n\nDry Taps: Households Without Supply in Ostrava Vale\n\nJune 2024\n\n"
    "2. What residents told us\n\n"
    "Residents of the upper terraces said the supply failed most evenings. \"We fill buckets at the "
    "church and carry them up the hill,\" said Halvard Quenneby, a retired welder from Plessey Row.[12] "
    "He said he had complained to the utility four times.\n\n"
    "A utility engineer, who asked not to be named, said the pumping station was running at half "
    "capacity. \"We have one pump for a town that needs three,\" he said.[13] \"Nobody has ordered the "
    "parts,\" he said.[14]\n\n"
    "Notes\n\n"
    "[12] Fenway Water Watch interview with Halvard Quenneby, Plessey Row, 3 May 2024.\n"
    "[13] Fenway Water Watch telephone interview with utility engineer (name withheld), 9 May 2024.\n"
    "[14] Ibid.\n"
)

_SUPERSCRIPTS = (
    "Annual Report on Seasonal Workers — Chapter 3\n\nSeptember 2023\n\n"
    "Several pickers described being paid late. Mirela Vasquez-Thorn, who worked two seasons at the "
    "farm, told researchers that wages \"arrived when they felt like it.\"⁷ She said she was once "
    "paid three weeks after leaving.\n\n"
    "The farm's operations manager, Desmond Oyelaran-Fisk, wrote that all wages were \"paid within the "
    "statutory period.\"⁸\n\n"
    "Endnotes\n"
    "⁷ Interview with Mirela Vasquez-Thorn, Lindqvist, July 14, 2023.\n"
    "⁸ Letter from Desmond Oyelaran-Fisk to the researchers, August 2, 2023.\n"
)


def test_a_bracketed_note_dates_and_places_the_quotation():
    stmts = statements_of(_BRACKETS)
    st = the_one(stmts, "fill buckets")
    assert st.when_start == date(2024, 5, 3)
    assert st.where == "Plessey Row"
    assert the_one(stmts, "complained to the utility").when_start == date(2024, 5, 3)


def test_ibid_takes_the_note_before_it():
    stmts = statements_of(_BRACKETS)
    assert the_one(stmts, "one pump for a town").when_start == date(2024, 5, 9)
    assert the_one(stmts, "ordered the parts").when_start == date(2024, 5, 9)


def test_superscript_notes_date_quotes_and_letters():
    stmts = statements_of(_SUPERSCRIPTS)
    assert the_one(stmts, "arrived when they felt like it").when_start == date(2023, 7, 14)
    assert the_one(stmts, "three weeks after leaving").when_start == date(2023, 7, 14)
    assert the_one(stmts, "statutory period").when_start == date(2023, 8, 2)
