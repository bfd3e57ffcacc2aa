"""A bulletin's header printed as one block of lines (the issuer, the bulletin's name, an
"Issued:" line with a time and a yearless day, the next update): the issued line dates the
bulletin, its year fixed by the calendar from what the body says. Every article here is invented."""

from datetime import date

import pytest

from tests.spec.invented import cleaned as _article
from tests.spec.invented import day_of, statements_of

_BULLETIN = (
    "NORTHERN RANGES FIRE AUTHORITY\nINCIDENT UPDATE - NUMBER 3\n{issued}\nNext update: 9pm\n\n"
    "EVACUATION ORDER STAYS IN PLACE FOR KELLBROOK\n\n"
    "The grass fire that started near Kellbrook last night has burned 640 hectares. It is the largest fire "
    "in the ranges in 2025.\n\n"
    "Incident controller Talia Verhoeven said crews had held the northern edge overnight.\n\n"
    '"Please stay away from the fire ground until we tell you it is safe," she said.\n'
)


@pytest.mark.parametrize("issued", ["Issued: 6.10pm Friday 14 March", "Issued 18:10 Friday, 14 March",
                                    "ISSUED: 6.10PM FRIDAY 14 MARCH"])
def test_an_issued_line_inside_a_header_block_dates_the_bulletin(issued):
    a = _article(_BULLETIN.format(issued=issued))
    assert (a.published, a.date_confidence) == (date(2025, 3, 14), "inferred")


def test_what_a_bulletin_quotes_is_dated_by_its_issued_line():
    stmts = statements_of(_BULLETIN.format(issued="Issued: 6.10pm Friday 14 March"))
    assert day_of(stmts, "crews had held the northern edge") == date(2025, 3, 14)
    assert day_of(stmts, "Please stay away from the fire ground") == date(2025, 3, 14)


def test_a_block_line_that_is_no_date_field_dates_nothing():
    # a headline-like line with a day in it, among the block's lines, is no issued line
    a = _article(_BULLETIN.format(issued="Crews return Friday 14 March"))
    assert a.published is None
