"""A how-much-did-X-pay question whose payer the articles name only with a ceiling of what it may pay
("covers the damage up to £8,000", "grants of up to $20,000") or the payee's own share (an excess, a
deductible) is declined, citing that sentence: nothing says what was paid. A sum told as paid is
the answer."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

FLOOD = """Calundy Bowls Club — committee chat

Gwenda Marrable  9:02 AM
update on the pavilion flood: our insurer says flood damage is covered up to £8,000 and the excess is £500, once the loss adjuster has been

Osric Pendle  9:15 AM
ok thanks, I'll get the carpets up today so they can see the floor
"""

TRUST = """Title: Village schools turn to Brackenfold Trust for playground cash
Date: 2026-05-04

Three village schools near Oldacre say their playgrounds are no longer safe. The Brackenfold Trust says schools can apply for grants of up to $20,000 for outdoor equipment, and Ferncliffe Primary has sent in its application.
"""

PAID = """Title: Bowls club paid out for flood
Date: 2026-06-01

Calundy Bowls Club's insurer has paid £6,200 for the flood damage to its pavilion, of the £8,000 the policy covers, the club's secretary said.
"""

flood = app_fixture("flood.txt", FLOOD)
trust = app_fixture("trust.txt", TRUST)
paid = app_fixture("paid.txt", PAID)

test_declines = table(declines, [
    ask("flood", "how much did the insurer pay the club for the flood damage", "covered up to", id="insurer_cover_ceiling_in_chat"),
    ask("trust", "How much did the Brackenfold Trust give Ferncliffe Primary?", "up to $20,000", id="grant_ceiling_in_news"),
])

test_answers = table(answers, [
    ask("paid", "How much did the insurer pay the bowls club for the flood?", "6,200", id="sum_paid_is_answered"),
])
