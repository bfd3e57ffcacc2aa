"""A bulleted list in one paragraph ("Key points:" over lines opening with "- ", "•", "·").

Every article here is invented. Broadcasters' web stories open with a "Key points" box, press
releases with "Highlights": each bullet is a sentence of its own, so "- The council says the
decision is final" is the council's statement of just that, not of the whole list before it.
"""

from tests.spec.invented import statements_of, the_one

STORY = """Campus to stop training nurses

Posted Tue 4 Mar 2025 at 5:12pm

Key points:
- A regional campus will stop taking nursing students from July
- The local health service says it already has 40 unfilled nursing positions
- The state government says the decision is one for the college board

A college campus in northern Victoria will stop enrolling nursing students from July, staff were told on Monday.
"""


def test_each_bullet_is_its_own_sentence():
    stmts = statements_of(STORY)
    board = the_one(stmts, "one for the college board")
    assert (board.speaker, board.content) == ("The state government", "the decision is one for the college board")
    assert the_one(stmts, "40 unfilled nursing positions").speaker == "The local health service"
