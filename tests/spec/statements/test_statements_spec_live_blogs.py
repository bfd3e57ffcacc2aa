"""Live blogs: entries under time headings, newest first; a heading that is a date ("Monday
11 November") dates the entries below it, the blog's publication day the ones above. A heading
with more than a date sets nothing. Every article here is invented."""

from datetime import date
from functools import partial

from tests.spec.invented import statements_of, the_one as _one

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


_stmts = partial(statements_of, name="blog.txt")


def test_entries_above_any_day_heading_are_of_the_publication_day():
    stmts = _stmts(BLOG)
    assert _one(stmts, "still without power").when_start == date(2024, 11, 12)
    assert _one(stmts, "would stay closed").when_start == date(2024, 11, 12)


def test_entries_under_a_day_heading_are_of_that_day():
    stmts = _stmts(BLOG)
    assert _one(stmts, "gusts could reach").when_start == date(2024, 11, 11)
    assert _one(stmts, "never closed every road").when_start == date(2024, 11, 11)
    assert _one(stmts, "reduced timetable").when_start == date(2024, 11, 11)  # a heading of words sets no day


OVERNIGHT = """Flood warnings: live

Published: Wednesday 5 March 2025

09:10 GMT

The environment agency said river levels were falling.

07:45 GMT

Mayor Lena Fox said shelters would stay open.

23:30 GMT

Fire chief Omar Reyes said crews had rescued 40 people.

21:05 GMT

"The water came in minutes," resident Jane Birch told us.
"""

TIMETABLE = """Election night: how the count went

Published: Friday 9 May 2025

21:00 BST

Returning officer Paul Kemp said the count had begun.

22:30 BST

Candidate Rhoda Ames said she was "cautiously hopeful".

23:45 BST

Kemp said the result would come after midnight.
"""


def test_newest_first_entries_past_midnight_are_of_the_day_before():
    stmts = _stmts(OVERNIGHT)
    assert _one(stmts, "river levels were falling").when_start == date(2025, 3, 5)
    assert _one(stmts, "shelters would stay open").when_start == date(2025, 3, 5)
    assert _one(stmts, "rescued 40 people").when_start == date(2025, 3, 4)
    assert _one(stmts, "came in minutes").when_start == date(2025, 3, 4)


def test_entries_whose_clocks_run_forward_with_no_day_heading_keep_the_publication_day():
    stmts = _stmts(TIMETABLE)
    assert {s.when_start for s in stmts} == {date(2025, 5, 9)}
