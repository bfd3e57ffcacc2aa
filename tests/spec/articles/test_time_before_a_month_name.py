"""A header line that gives the time before a date written with the month's name.

Every article here is invented. Some outlets print "05:32 PM March 16, 2025" or "5:12 p.m. June
3, 2025" under the byline: the time comes first and the month follows it directly, so the month
must not be read as the time's zone.
"""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article

_STORY = (
    "Ferry fares rise\n\n"
    "By: Lira Contemplacion - Reporter / THE ISLAND LEDGER\n\n"
    "{header}\n\n"
    "CEBU CITY, Philippines — The harbour board on Sunday raised ferry fares, its chair Mara Lind said.\n\n"
    '"We had no choice," Lind said.\n'
)


@pytest.mark.parametrize(
    "header",
    ["05:32 PM March 16, 2025", "5:32 p.m. March 16, 2025", "05:32 PM PHT March 16, 2025", "17:32 Sunday, March 16, 2025"],
)
def test_a_time_then_a_month_name_dates_the_article(header):
    a = _article(_STORY.format(header=header))
    assert (a.published, a.date_confidence) == (date(2025, 3, 16), "stated")
