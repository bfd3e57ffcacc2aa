"""Answer labels built from a statement's time phrase: "Today, the minister announced ..." is
labelled "today (date)", never "on Today (date)"; a decimal share ("fell 11.4%") is no day and month.
Every article here is invented."""

from datetime import date

from index.statements.dates import with_date
from index.statements.when import resolve
from tests.spec.invented import statements_of


def test_today_is_no_weekday_in_a_label():
    assert with_date("Today", date(2026, 3, 3), None) == "today (3 March 2026)"
    assert with_date("Yesterday", date(2026, 3, 2), None) == "yesterday (2 March 2026)"
    assert with_date("Tuesday", date(2026, 3, 3), None) == "on Tuesday (3 March 2026)"


def test_a_percentage_is_no_date():
    assert resolve("11.4%", date(2025, 10, 14)) is None
    assert resolve("4.2 per cent", date(2025, 10, 14)) is None


def test_a_market_wraps_share_moves_date_no_statement():
    text = ("MARKETS | 14 October 2025\n\nShares close mixed\n\n"
            "At the other end of the board, Quennet Foods fell 11.4% to R38.20 after the packaged-food group warned "
            "that earnings would fall. Analyst Dorothea Vell said the warning was worse than expected.\n")
    for st in statements_of(text):
        assert st.when_text is None or "%" not in st.when_text
        assert st.when_start in (None, date(2025, 10, 14))
