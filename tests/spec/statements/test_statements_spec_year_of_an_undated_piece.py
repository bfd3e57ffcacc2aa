"""An undated piece that says which year it is written in ("This year, 2023, has been the
busiest", "Now, in 2022, ...") dates what is said in it to that year, as a range; without such a
line it stays undated (a year is never guessed from a past one it names). Every article is invented."""

from datetime import date

import pytest

from index.articles import clean, parse_front_matter
from index.statements.extract import extract

_PIECE = """My working life

Tomas Rielly, 61, has driven the night ferry across the firth for thirty years. As told to Hana Ode.

I took my first ferry across in 1994, when the boat still carried cattle on deck.

{year_line} The crossings are fuller than ever and the crew is smaller.

My shift starts at ten at night. I will stop when my eyes tell me to.
"""


@pytest.mark.parametrize(
    "year_line, year",
    [
        ("This year, 2023, has been the busiest I can remember.", 2023),
        ("This year (2022) has been the hardest of my career.", 2022),
        ("Now, in 2024, nobody wants the night shift.", 2024),
    ],
)
def test_the_year_an_undated_piece_says_it_is_dates_its_statements(year_line, year):
    a = clean(parse_front_matter(_PIECE.format(year_line=year_line)), "piece.txt")
    assert a.published is None
    stmts = [s for s in extract(a) if s.speaker == "Tomas Rielly"]
    assert stmts
    assert all((s.when_start, s.when_end) == (date(year, 1, 1), date(year, 12, 31)) for s in stmts), \
        [(s.content[:30], s.when_start, s.when_end) for s in stmts]


def test_a_past_year_alone_dates_nothing():
    text = _PIECE.format(year_line="In 2019 the company cut the crew from five to three.")
    stmts = extract(clean(parse_front_matter(text), "piece.txt"))
    assert stmts and all(s.when_start is None for s in stmts), [(s.content[:30], s.when_start) for s in stmts]
