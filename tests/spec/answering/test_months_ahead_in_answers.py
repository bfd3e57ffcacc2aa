"""A bare month in a clause about something still to come is the coming one, not last year's:
"said the pier will reopen in June" in a piece of May 2024 is June 2024; a month already past in
the clause ("closed in March") stays this year's. The sentences here are invented."""

from datetime import date

import pytest

from bot.answering.dates import dated_phrase

THURSDAY = date(2024, 5, 9)


@pytest.mark.parametrize(
    "sentence, expected",
    [
        ("Lorne said the pier will reopen in June.", "in June (June 2024)"),
        ("The council, which is due to vote again in June, rejected the plan.", "in June (June 2024)"),
        ("The pier is expected to reopen in February, Lorne said.", "in February (February 2025)"),
        ("The pier closed in March, Lorne said.", "in March (March 2024)"),
        ("The pier closed in June, Lorne said.", "in June (June 2023)"),
    ],
)
def test_a_month_still_to_come_is_dated_forwards(sentence, expected):
    assert dated_phrase(sentence, THURSDAY) == expected
