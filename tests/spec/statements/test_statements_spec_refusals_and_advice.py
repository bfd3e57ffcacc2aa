"""Statements without a clause of their own: a refusal to comment ("declined to comment on the
talks", "refused to comment") is what a company or a spokesperson said; "advised that ..." and
"advised residents to ..." report advice; a charity speaks as a body. Every article is invented."""

import pytest

WIRE = """Utility weighs sale of grid arm

{company} is exploring a sale of its grid business, two people familiar with the matter said.

{company} {refused} to comment on the talks. In a statement, the company said it "keeps its portfolio under review".

A spokesperson for {bidder}, one of the possible bidders, {refused} to comment.
"""


@pytest.mark.parametrize("company, bidder, refused", [
    ("Veltra Power", "Osk Capital", "declined"),
    ("Harnfield Energy", "Lumen Infrastructure Partners", "refused"),
])
def test_a_refusal_to_comment_is_a_statement_of_the_one_who_refused(statements, one, company, bidder, refused):
    stmts = statements(WIRE.format(company=company, bidder=bidder, refused=refused))
    st = one(stmts, f"{refused} to comment on the talks")
    assert st.speaker == company
    assert st.act == f"{refused} to comment"
    spokes = [s for s in stmts if s.content.startswith(f"{refused} to comment") and "talks" not in s.content]
    assert spokes and bidder in spokes[0].speaker_as_written


def test_refusing_to_say_keeps_what_was_not_said_as_content(statements, one):
    stmts = statements("Launch slips\n\nThe chief executive, Mira Sohn, refused to say how many units would ship.\n")
    assert one(stmts, "how many units would ship").speaker == "Mira Sohn"


MINUTES = """Minutes of the parish council

PCSO Dara Whitlow said crime had fallen. She advised residents to "lock your sheds and mark your tools".

The Clerk advised that the verge is registered common land and cannot be fenced.

The charity Greenway Trust was thanked. The charity said it would plant 300 trees in the spring.
"""


def test_advice_is_a_statement_of_the_adviser(statements, one):
    stmts = statements(MINUTES)
    assert one(stmts, "lock your sheds").speaker == "Dara Whitlow"
    assert one(stmts, "registered common land").speaker_as_written == "The Clerk"


def test_a_charity_speaks_as_a_body(statements, one):
    stmts = statements(MINUTES)
    assert one(stmts, "plant 300 trees").act == "said"


def test_advised_by_someone_is_no_statement_of_the_one_advised(statements):
    stmts = statements("Deal talks\n\nThe council was advised by Harbour Partners on the sale of its depot.\n")
    assert not stmts
