"""A sentence that recalls what someone said on an earlier day ("a reminder of what the Rovers coach
said at Thursday's press conference.") sets the day of the words the paragraph then reports, and
of the quotation that carries on in the next paragraph -- not the page's day."""

from datetime import date

from tests.spec.invented import day_of, statements_of

BLOG = """LIVE | Rugby

Harbour Hawks 30-12 Vale Rovers: as it happened

Saturday 14 March 2026 · Riverside Park
Live coverage by Nell Amberly

19:30
Before kick-off, a reminder of what the Rovers coach said at Thursday's press conference. Dafydd Merriweather told reporters his side had "nothing to lose" against the Hawks.

"Cup ties are a lottery. We go there to enjoy it," he said.

19:20
A reminder of what the Rovers captain said on Wednesday. Ifan Tregaskis told reporters his side was "ready for anything".
"""


def test_the_recalled_days_words():
    stmts = statements_of(BLOG)
    assert day_of(stmts, "nothing to lose") == date(2026, 3, 12)
    assert day_of(stmts, "Cup ties are a lottery") == date(2026, 3, 12)
    assert day_of(stmts, "ready for anything") == date(2026, 3, 11)
