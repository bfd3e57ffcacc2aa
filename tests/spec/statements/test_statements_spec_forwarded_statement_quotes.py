"""A press statement forwarded in an e-mail: the quotations inside it are their speakers' (not the
sending organisation's) and were given on the day the statement was sent, not the day it was
forwarded; the cue line "X, chair of Y, said:" is nobody's statement.

Every article here is invented, in two styles: a newsroom forward with a short note on top, and a
reporter's pasted e-mail with a double-marked quotation after the speaker's paraphrase.
"""

from datetime import date

from tests.spec.invented import statements_of, the_one

FORWARD = """From: Ilsa Brannock <i.brannock@valleywire.example>
Date: Tue, 4 Nov 2025 at 09:02
Subject: Fwd: PRESS STATEMENT - Tolbay harbour crane
To: Desk <desk@valleywire.example>

Morning, statement below from the co-op. I think the vote was closer than they say.

---------- Forwarded message ---------
From: Tolbay Harbour Co-operative <press@tolbay.example>
Date: Fri, 31 Oct 2025 at 18:40
Subject: PRESS STATEMENT - Tolbay harbour crane

Members of Tolbay Harbour Co-operative have voted to buy a second crane.

Wenna Trago, chair of Tolbay Harbour Co-operative, said:

'Our members have chosen to keep this quay working for another twenty years. The old crane is worn out.

'We know that many members voted against. That is why the harbour fund will rise to £90,000 a year.'

ENDS
"""

PASTED = """From: Oskar Vell <oskar.vell@northpost.example>
Sent: Monday, 9 June 2025 08:15
To: Newsdesk <news@northpost.example>
Subject: FW: Library reading room

Pasting the trust's release below.

From: Pellow Library Trust <media@pellow.example>
Sent: Thursday, 5 June 2025 16:30
To: Oskar Vell <oskar.vell@northpost.example>
Subject: Library reading room

The Pellow Library Trust will open its new reading room in the spring.

The trust's head of estates, Morwenna Carne, said the room would be heated by a ground-source pump.

"People assume an old building cannot be warm. With modern pumps it usually can be," she said.
"""


def test_a_forwarded_statements_block_quote_is_its_speakers_on_the_day_it_was_sent():
    stmts = statements_of(FORWARD)
    assert the_one(stmts, "keep this quay working").speaker == "Wenna Trago"
    assert the_one(stmts, "harbour fund will rise").speaker == "Wenna Trago"
    assert the_one(stmts, "keep this quay working").when_start == date(2025, 10, 31)
    assert not [s for s in stmts if s.content.rstrip().endswith("said:")]


def test_a_pasted_releases_quotation_is_dated_by_the_release():
    stmts = statements_of(PASTED)
    assert the_one(stmts, "old building cannot be warm").speaker == "Morwenna Carne"
    assert the_one(stmts, "old building cannot be warm").when_start == date(2025, 6, 5)
    assert the_one(stmts, "ground-source pump").when_start == date(2025, 6, 5)
