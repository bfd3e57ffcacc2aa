"""An update appended to a story ("UPDATE, June 12: the survey is ordered" on a line of its own):
what follows was written that day, so its "said yesterday" and "on Thursday" count from the
update, not from the page's first day. The page's own "Updated ..." header changes nothing.
Invented stories."""

from datetime import date

from tests.spec.invented import statements_of

_STORY = """Harbour board delays dredging vote

Published June 8, 2026 · Updated June 12, 2026

The Kellick harbour board has postponed its vote on dredging the inner basin, its chair, Nora Tamith, said on Monday. The board wants a second survey of the silt before it commits £2 million.

Fishermen said the delay would cost them another season.

{update}

The board said on Thursday that a survey team would start work next week.

Skipper Crispin Rook said yesterday the news was "late but welcome".
"""


def _day(stmts, fragment):
    return next(s.when_start for s in stmts if fragment in s.content)


def test_words_below_an_update_line_count_from_the_update_s_day():
    stmts = statements_of(_STORY.format(update="UPDATE, June 12: the survey is ordered"))
    assert _day(stmts, "late but welcome") == date(2026, 6, 11)
    assert _day(stmts, "survey team") == date(2026, 6, 11)


def test_words_above_the_update_keep_the_page_s_day():
    stmts = statements_of(_STORY.format(update="UPDATE, June 12: the survey is ordered"))
    assert _day(stmts, "postponed its vote") == date(2026, 6, 8)


def test_an_update_line_with_its_year_and_a_dash():
    stmts = statements_of(_STORY.format(update="Update (12 June 2026) – the survey is ordered"))
    assert _day(stmts, "late but welcome") == date(2026, 6, 11)


def test_the_page_s_own_updated_header_is_no_update_part():
    text = _STORY.replace("Published June 8, 2026 · Updated June 12, 2026", "Updated June 8, 2026 - 14:05").format(update="")
    stmts = statements_of(text)
    assert _day(stmts, "late but welcome") == date(2026, 6, 7)
