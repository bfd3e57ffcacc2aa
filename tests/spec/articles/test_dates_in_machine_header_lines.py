"""A wire feed's, a CMS's or an export's own labelled stamp above the story ("Transmitted: 2025-06-12
19:52 ET", "datePublished: ...", "Sent: ..."): the article's date, so that its statements are dated
and its relative days ("late Wednesday", "from Saturday") resolve. A day the page was fetched
("Retrieved:") dates nothing. Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article
from tests.spec.invented import day_of, statements_of

_WIRE = (
    "XWA-NV--Bridge Closure, 1st Ld-Writethru, 0412\n{stamp}\n"
    "Eds: UPDATES with council comment. With XWA Photos.\n\n"
    "Bridge shut after barge strike; detour set\n\n"
    "By LENA QUORVIK\nNorthwest Wire Agency\n\n"
    "HARLOW FALLS, Nev. (XWA) — A loaded gravel barge struck the main pier of the Dunmore Street bridge late "
    "Wednesday, closing the only crossing into the town's east side, the county said Thursday.\n\n"
    "County engineer Pelle Ostrand said divers had found a crack in the pier's footing.\n\n"
    "Council chair Mirela Vantongeren said a shuttle ferry would run across the river from Saturday.\n"
)


@pytest.mark.parametrize("stamp", ["Transmitted: 2025-06-12 19:52 ET", "Sent: 12 Jun 2025 19:52",
                                   "datePublished: 2025-06-12T23:52:00Z", "Created: 2025-06-12 19:52",
                                   "Release time: 2025-06-12 19:52"])
def test_a_machine_stamp_above_the_story_dates_it(stamp):
    a = _article(_WIRE.format(stamp=stamp))
    assert a.published == date(2025, 6, 12)


def test_a_fetch_or_export_stamp_dates_nothing():
    a = _article(_WIRE.format(stamp="Retrieved: 2025-07-01 10:00"))
    assert a.published != date(2025, 7, 1)


def test_a_modified_stamp_is_a_later_day_not_the_publication():
    a = _article(_WIRE.format(stamp="Transmitted: 2025-06-12 19:52 ET\nLast-Modified: 2025-06-14 08:00"))
    assert a.published == date(2025, 6, 12)


def test_statements_under_a_machine_stamp_are_dated_and_their_days_resolve():
    stmts = statements_of(_WIRE.format(stamp="Transmitted: 2025-06-12 19:52 ET"))
    assert day_of(stmts, "closing the only crossing") == date(2025, 6, 12)  # "the county said Thursday"
    assert day_of(stmts, "divers had found a crack") == date(2025, 6, 12)
