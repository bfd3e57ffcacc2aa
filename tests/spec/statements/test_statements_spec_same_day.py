""""the same day", "that day", "later that day": the day the sentence before named, in a dated
report and in an undated encyclopaedia-style piece alike (where the year is the last full date's).
Every article here is invented; the dated ones are published on Thursday 9 May 2024 (conftest)."""

from datetime import date


def _day(stmts, fragment):
    st = next(s for s in stmts if fragment in s.content)
    return st.when_start, st.date_basis


def test_said_on_the_same_day_takes_the_day_just_named(statements):
    text = ("The harbour board voted on 12 March to close the old pier. "
            "Chairman Ivo Brandvik said on the same day that the supports had rotted.")
    assert _day(statements(text), "supports had rotted") == (date(2024, 3, 12), "context")


def test_said_that_day_in_another_style(statements):
    text = ("Engineers from the regional authority inspected the Quellon dam on April 2.\n\n"
            "Water engineer Pella Vossberg said that day that the spillway was sound.")
    assert _day(statements(text), "spillway was sound") == (date(2024, 4, 2), "context")


def test_the_same_day_in_an_undated_piece_takes_the_named_day_in_the_last_full_date_s_year(statements):
    text = ("The 2023 Tarnby pier closure was the closure of the Tarnby pier after rot was found on 3 March 2023.\n\n"
            "On 19 April, after new pilings had been driven, the council reopened the pier to walkers. "
            "Harbour master Odile Franssen was at the ceremony. "
            "Franssen said the same day that full reopening would require the deck to be replaced, which "
            "she estimated would take a year.")
    assert _day(statements(text, None), "full reopening") == (date(2023, 4, 19), "context")


def test_that_day_without_a_day_named_before_stays_undated_in_an_undated_piece(statements):
    text = ("The Tarnby pier was built in 1911 and rebuilt twice.\n\n"
            "Harbour master Odile Franssen said that day that full reopening would take a year.")
    assert _day(statements(text, None), "full reopening")[0] is None  # (nothing to count from)
