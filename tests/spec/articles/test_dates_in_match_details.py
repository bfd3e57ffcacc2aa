"""A sports report's match-details line dates the match and so the page: "Kick-off: Sat 3 May
2025, 15:00", "KO: Saturday 3 May 2025 at 3pm", in a details block under the report or above it.
Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article


_REPORT = ("Rovers edge past United\n\n{top}Rovers beat United 2-1 at Harbour Park. Manager Ada Lorne said the win "
           "was deserved and that her side had defended well.\n\nIvo Brandt scored twice in the second half.\n\n{bottom}")


@pytest.mark.parametrize("line", ["Kick-off: Sat 3 May 2025, 15:00", "KO: Saturday 3 May 2025 at 3pm",
                                  "Kick off: 3 May 2025, 3pm"])
def test_a_kick_off_line_in_the_details_under_the_report_dates_it(line):
    a = _article(_REPORT.format(top="", bottom=f"Match details\n{line}\nVenue: Harbour Park\nReferee: Rui Santos\n"))
    assert a.published == date(2025, 5, 3)


def test_a_kick_off_line_above_the_report_dates_it():
    a = _article(_REPORT.format(top="Kick-off: Sat 3 May 2025, 15:00 | Venue: Harbour Park\n\n", bottom=""))
    assert a.published == date(2025, 5, 3)


def test_a_kick_off_line_of_the_next_match_does_not_date_the_report():
    a = _article(_REPORT.format(top="", bottom="Next match: United v City. Kick-off: Sat 10 May 2025, 15:00, "
                                                "the sides will meet again.\n"))
    assert a.published is None
