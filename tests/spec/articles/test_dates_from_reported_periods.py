"""A wire dateline without a year ("OSLO, Nov 14 (Wire) -") gets one from results the text reports
as already out: "in its results for the second quarter of 2024, published last month" puts the
story after that quarter's end and within months of it. Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


@pytest.mark.parametrize(
    "dateline, results, expected",
    [
        ("OSLO, Sept 18 (Nordwire) -", "In its results for the second quarter of 2024, published last month,", date(2024, 9, 18)),
        ("HELSINKI, Feb 26 (Nordwire) -", "In its full-year 2023 results, released this month,", date(2024, 2, 26)),
        ("BERGEN, May 12 (Nordwire) -", "In its first-quarter 2025 results last month,", date(2025, 5, 12)),
    ],
)
def test_results_already_out_fix_the_year_of_a_yearless_dateline(dateline, results, expected):
    a = _article(
        "Fjordline weighs sale of ferry arm, sources say\n\n"
        f"{dateline} Shipping group Fjordline is exploring a sale of its ferry business, two people familiar "
        "with the matter said.\n\n"
        f"{results} the group cut its dividend and said debt had risen. It had pledged in 2019 to keep the ferries.\n\n"
        "A sale will not close before 2026, one of the people said."
    )
    assert (a.published, a.date_confidence) == (expected, "inferred")


def test_a_period_ahead_fixes_no_year():
    a = _article(
        "Fjordline weighs sale of ferry arm, sources say\n\n"
        "OSLO, Sept 18 (Nordwire) - Shipping group Fjordline is exploring a sale of its ferry business, two people "
        "familiar with the matter said.\n\n"
        "The group will publish its results for the third quarter of 2024 next month. It had pledged in 2019 "
        "to keep the ferries.\n\n"
        "A sale will not close before 2026, one of the people said."
    )
    assert a.published is None
