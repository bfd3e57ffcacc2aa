"""An "ask the expert" column: readers' questions ("Q: ... – Name, Town") and each answer opened
by a label and a line naming its expert ("A: Ann Hale, tax partner at Y, says:").

Every article here is invented. The answer paragraphs are the expert the answer's line names,
not someone called "A"; a second answer's expert takes over at their own line.
"""

from tests.spec.invented import statements_of, the_one

COLUMN = """Ask the expert: Should I clear my car loan early?

Your money questions answered by our panel

Published Saturday 15 March 2025

Q: I have £6,000 left on a car loan at 9 percent and £10,000 in savings. Should I clear it? – Gethin, Wrexham

A: Roswitha Pennant, chartered financial planner at Pennant Money, says:

At 9 percent, clearing the loan beats almost any savings account.

Keep at least three months of spending aside before you do.

Q: My aunt left me her caravan. Is there tax to pay if I sell it? – Ines, Truro

A: Barnaby Quarrell, tax partner at Quarrell & Finch, says:

A caravan is usually exempt from capital gains tax as a wasting asset.
"""


def test_each_answer_is_the_expert_its_line_names():
    stmts = statements_of(COLUMN)
    assert the_one(stmts, "beats almost any savings account").speaker == "Roswitha Pennant"
    assert the_one(stmts, "three months of spending").speaker == "Roswitha Pennant"
    assert the_one(stmts, "wasting asset").speaker == "Barnaby Quarrell"


def test_the_experts_line_itself_is_no_statement():
    assert [s for s in statements_of(COLUMN) if "says:" in s.content] == []
