"""Live blogs: entries under time headings, newest first; a heading that is a date ("Monday
11 November") dates the entries below it, the blog's publication day the ones above. A heading
with more than a date sets nothing. Every article here is invented."""

from datetime import date

from index.articles import clean, parse_front_matter
from index.statements.extract import extract

BLOG = """Storm Orla: live updates

Published: Tuesday 12 November 2024

16:05 GMT

The energy minister, Tomas Reyland, said 40,000 homes were still without power.

11:15 GMT

Council leader Fiona Ashcroft said schools in the county would stay closed.

Monday 11 November

21:40 GMT

The forecaster's chief meteorologist, Daniel Oyelaran, warned that gusts could reach 90mph overnight.

18:02 GMT

"We have never closed every road in the county before," said police chief Amara Sule.

What the rail operators said on Sunday

Rail operator Westline said trains would run a reduced timetable.
"""


def _stmts(text: str):
    return extract(clean(parse_front_matter(text), "blog.txt"))


def _one(stmts, fragment):
    found = [s for s in stmts if fragment in s.content]
    assert len(found) == 1, [(s.speaker, s.content) for s in stmts]
    return found[0]


def test_entries_above_any_day_heading_are_of_the_publication_day():
    stmts = _stmts(BLOG)
    assert _one(stmts, "still without power").when_start == date(2024, 11, 12)
    assert _one(stmts, "would stay closed").when_start == date(2024, 11, 12)


def test_entries_under_a_day_heading_are_of_that_day():
    stmts = _stmts(BLOG)
    assert _one(stmts, "gusts could reach").when_start == date(2024, 11, 11)
    assert _one(stmts, "never closed every road").when_start == date(2024, 11, 11)
    assert _one(stmts, "reduced timetable").when_start == date(2024, 11, 11)  # a heading of words sets no day
