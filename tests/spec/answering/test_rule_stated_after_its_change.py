""""What rules did the bank tighten?" is answered by the bank's statement that it had "tightened" its
rules and by the next paragraph that states the rule as it now stands ("From Monday, customers will
have to ..."), not by the statement alone; a next sentence on something else does not come along.
Every article is invented."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, table

BANK = """Bank tightens checks after wave of payment scams

Harbourline Bank said in a statement on Wednesday that it had reviewed every account flagged by its fraud team and had "tightened" its rules on new payees.

From Monday, customers will have to confirm any first payment over £500 to a new payee by phoning the bank.

The bank said 240 customers had lost money to impersonation scams since June.

Consumer campaigner Ruth Ellingham said the change was overdue.
"""

CLUB = """Allotment society changes its rules

The Pelling Allotment Society has changed its rules on sheds after a vote at its annual meeting.

Members said the vote was close.

The society has 140 plots and a waiting list of three years.
"""

bank = app_fixture("harbourline_payees.txt", BANK)
club = app_fixture("pelling_allotments.txt", CLUB)

test_rule_after_its_change = table(answers, [
    ask("bank", "what rules did Harbourline Bank tighten", "tightened", "will have to confirm", id="the_rule_as_it_now_stands"),
    ask("bank", "What has the bank changed in its rules on new payees?", "will have to confirm", id="asked_as_a_change"),
    ask("club", "What did the allotment society change in its rules?", "sheds", lacking="close", id="no_rule_stated_after"),
])
