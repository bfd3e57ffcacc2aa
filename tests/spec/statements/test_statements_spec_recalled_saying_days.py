"""A sentence that recalls what someone said on an earlier day ("worth recalling what the Thistleby coach
said at Thursday's media day.") sets the day of the words the paragraph then reports, and
of the quotation that carries on in the next paragraph -- not the page's day."""

from datetime import date

from tests.spec.invented import day_of, statements_of

BLOG = """LIVE | Rugby

Harbour Hawks 30-12 Vale Thistleby: as it happened

Saturday 14 March 2026 · Riverside Park
Live coverage by Nell Amberly

19:30
Before kick-off, it is worth recalling what the Thistleby coach said at Thursday's media day. Cosimo Merriweather told reporters his players felt "no pressure at all" before the trip to the Hawks.

"Away days in the cup are a coin toss. We travel to enjoy it," he said.

19:20
Here is what the Thistleby captain said on Wednesday. Ignatius Tregaskis told reporters the squad was "fit and hungry".
"""


def test_the_recalled_days_words():
    stmts = statements_of(BLOG)
    assert day_of(stmts, "no pressure at all") == date(2026, 3, 12)
    assert day_of(stmts, "Away days in the cup") == date(2026, 3, 12)
    assert day_of(stmts, "fit and hungry") == date(2026, 3, 11)
