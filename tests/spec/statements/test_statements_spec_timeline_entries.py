"""A news timeline: entries headed by their day ("3 March 2024 - Council votes", "17 April 2024:
...", "Tuesday 2 April 2024 | Traders protest"). What is said under an entry was said on its day;
a month-only heading ("May 2024") is that month as a range. Every article here is invented."""

from datetime import date

import pytest

from index.articles import clean, parse_front_matter
from index.statements.extract import extract
from tests.spec.invented import the_one

_TOP = "How the pier row unfolded\n\nPublished: 9 May 2024\n\nThe harbour pier has been at the centre of a long dispute.\n\n"


def _stmts(text):
    return extract(clean(parse_front_matter(_TOP + text), "x.txt"))


@pytest.mark.parametrize("sep", [" - ", " – ", ": ", " | "])
def test_a_statement_under_a_dated_entry_heading_takes_its_day(sep):
    stmts = _stmts(f"3 March 2024{sep}Council votes to close pier\n\n"
                   "Councillor Ada Lorne said the pier was unsafe and must shut.\n\n"
                   f"Tuesday 16 April 2024{sep}Traders protest\n\n"
                   "Trader Ivo Brandt said the closure would ruin the summer season.\n\n")
    assert the_one(stmts, "must shut").when_start == date(2024, 3, 3)
    assert the_one(stmts, "summer season").when_start == date(2024, 4, 16)


def test_a_month_only_heading_is_the_month_as_a_range():
    st = the_one(_stmts("3 March 2024 - Council votes to close pier\n\n"
                        "Councillor Ada Lorne said the pier was unsafe and must shut.\n\n"
                        "April 2024\n\n"
                        "Harbour master Rui Santos said repairs could begin within weeks.\n\n"), "repairs could")
    assert (st.when_start, st.when_end) == (date(2024, 4, 1), date(2024, 4, 30))


@pytest.mark.parametrize("sep", [": ", " - "])
def test_entries_that_open_with_their_day_date_what_they_say(sep):
    stmts = _stmts(f"3 March 2024{sep}Councillor Ada Lorne said the pier was unsafe and must shut.\n\n"
                   f"17 April 2024{sep}Ivo Brandt, a trader, said the closure would ruin the summer season.\n\n")
    assert the_one(stmts, "must shut").when_start == date(2024, 3, 3)
    assert the_one(stmts, "summer season").when_start == date(2024, 4, 17)


def test_one_paragraph_opening_with_a_date_is_no_timeline():
    stmts = _stmts("3 March 2024: a date the council will long remember.\n\n"
                   "Trader Ivo Brandt said the closure would ruin the summer season.\n\n")
    assert the_one(stmts, "summer season").when_start == date(2024, 5, 9)


def test_a_heading_that_names_a_day_inside_a_title_sets_no_day():
    stmts = _stmts("What happened on 3 March 2024\n\n"
                   "Trader Ivo Brandt said the closure would ruin the summer season.\n\n")
    assert the_one(stmts, "summer season").when_start == date(2024, 5, 9)


# A timeline that prints no publication day of its own: its entries' days still date what is said
# under them; a closing section with no day ("What happens next") dates nothing.
_UNDATED_TOP = "Timeline: how the pier row unfolded\n\nThe harbour pier has been shut for a year. Here is how it happened.\n\n"


def test_an_undated_timeline_s_entries_date_what_is_said_under_them():
    stmts = extract(clean(parse_front_matter(
        _UNDATED_TOP
        + "3 March 2024 - Council votes to close pier\nCouncillors vote to shut the pier. Its engineer, Ada Lorne, says "
          "the deck is \"rotten through\".\n\n"
        + "June 2024 - Traders protest\nTrader Ivo Brandt says the closure will ruin the summer season.\n\n"
        + "What comes next\nMs Lorne says repairs could start in the spring.\n"), "x.txt"))
    st = the_one(stmts, "rotten through")
    assert st.when_start == date(2024, 3, 3)
    st = the_one(stmts, "summer season")
    assert (st.when_start, st.when_end) == (date(2024, 6, 1), date(2024, 6, 30))
    assert the_one(stmts, "repairs could").when_start is None


def test_a_dated_timeline_s_closing_section_without_a_day_is_not_the_last_entry_s():
    stmts = _stmts("3 March 2024 - Council votes to close pier\n\nCouncillor Ada Lorne said the pier was unsafe.\n\n"
                   "What comes next\n\nHarbour master Rui Santos said repairs could start in the spring.\n\n")
    assert the_one(stmts, "repairs could").when_start == date(2024, 5, 9)
