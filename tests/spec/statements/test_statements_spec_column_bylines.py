"""A column's own first-person claims are its writer's, named in the byline, even when a kicker
line above the headline ("OPINION | THE WEEKEND COLUMN") or quotation marks in the headline keep
the headline in the text. Every article is invented."""

from index.articles import clean, parse_front_matter
from index.statements.extract import extract

COLUMN = """OPINION | THE WEEKEND COLUMN

When the last library closes, don't tell us to "read online"

By Colm Fennessy

I borrowed my first book at the Harbour Road library in Kilbrack when I was six. On Monday the council told us the library will close in June.

I should declare an interest. I wrote in this column last spring that the library was safe, because a councillor told me so at the summer fair. I was wrong.
"""


def test_a_columnists_claim_is_the_byline_writers_under_a_kicker_and_quoted_headline():
    stmts = extract(clean(parse_front_matter(COLUMN), "column.txt"))
    found = [s for s in stmts if "the library was safe" in s.content]
    assert found and found[0].speaker == "Colm Fennessy", [(s.speaker, s.content[:40]) for s in stmts]
