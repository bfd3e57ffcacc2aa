"""A pasted e-mail thread: each message is its sender's, named and dated by its header block
("From:", "Sent:"), the first person too; the earlier message quoted under the reply keeps its
own sender and its own day."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

THREAD = """Subject: RE: Library van route from April

From: Oriane Blackwood-Tate <o.blackwood-tate@fenmere-council.example>
Sent: Tuesday, 11 February 2025 09:20
To: Mobile Library Team
Subject: RE: Library van route from April

Hi all,

I can confirm that the van will stop visiting four of the eleven villages on the northern route from 1 April. We no longer have a second driver, and I will not ask one driver to cover both routes.

Regards,
Oriane

-----Original Message-----
From: Teodor Raszewski <t.raszewski@fenmere-council.example>
Sent: Friday, 7 February 2025 16:05
To: Oriane Blackwood-Tate
Subject: Library van route from April

Oriane,

Loans on the northern route rose by 22 per cent last year. My worry is that the villages we drop have no bus to the town library at all.

Thanks,
Teodor
"""


def test_each_message_is_its_senders():
    stmts = statements_of(THREAD)
    assert speaker_of(stmts, "stop visiting four of the eleven villages") == "Oriane Blackwood-Tate"
    assert speaker_of(stmts, "will not ask one driver") == "Oriane Blackwood-Tate"
    assert speaker_of(stmts, "rose by 22 per cent") == "Teodor Raszewski"
    assert speaker_of(stmts, "no bus to the town library") == "Teodor Raszewski"


def test_each_message_takes_its_own_sent_day():
    stmts = statements_of(THREAD)
    assert day_of(stmts, "stop visiting four") == date(2025, 2, 11)
    assert day_of(stmts, "rose by 22 per cent") == date(2025, 2, 7)
