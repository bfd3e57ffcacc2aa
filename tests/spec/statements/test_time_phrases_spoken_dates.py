"""Dates as they are said aloud ("the 3rd of May", "21st January") are time phrases, and a month
with a year ("May 2024") is never read as a day of May ("May 20")."""

from datetime import date

import pytest

from index.statements.dates import find_time_phrases, resolve

_PUBLISHED = date(2026, 1, 21)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("they met on the 3rd of March", date(2025, 3, 3)),
        ("the board sat on 21st January", date(2026, 1, 21)),
        ("it was the 3rd of May 2024", date(2024, 5, 3)),
        ("on Monday the 19th of January", date(2026, 1, 19)),
    ],
)
def test_a_spoken_date_is_a_time_phrase_with_its_day(text, expected):
    assert find_time_phrases(text)
    assert resolve(text, _PUBLISHED) == (expected, expected)


def test_a_month_and_year_is_not_a_day_of_the_month():
    phrases = find_time_phrases("prices rose in May 2024")
    assert [p.kind for p in phrases] == ["month"]
    assert resolve("in May 2024", _PUBLISHED) == (date(2024, 5, 1), date(2024, 5, 31))
