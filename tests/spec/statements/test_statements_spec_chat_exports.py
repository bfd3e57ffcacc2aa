"""An exported group chat: each message is its sender's words, said on the day of its stamp, the
numeric stamp read day or month first as the chat's own stamps show. A reaction ("👍") says
nothing; a sender's bracketed note is no part of the name. Every article is invented."""

from datetime import date

from tests.spec.invented import day_of, speaker_of, statements_of

CHAT = """WhatsApp chat export: Orchard Row Tenants

[03/11/2025, 07:52] Hilde Varnock: The boiler in block B is off again, no hot water since last night.
[03/11/2025, 08:05] Ossian Pereira-Tull: 👍
[03/11/2025, 08:40] Fenna Ockwell (Secretary): I have reported it to the landlord and asked for a date in writing.
[03/11/2025, 12:15] Fenna Ockwell (Secretary): Update: Martin Hollick from the agency phoned me back. He says a new pump has been ordered.
[04/11/2025, 18:12] Ossian Pereira-Tull: Still cold here, my kids are washing in the kitchen
[14/11/2025, 09:30] Hilde Varnock: An engineer came this morning and the boiler works now
"""


def test_each_chat_message_is_its_senders_on_its_stamps_day():
    stmts = statements_of(CHAT)
    assert speaker_of(stmts, "no hot water since last night") == "Hilde Varnock"
    assert speaker_of(stmts, "asked for a date in writing") == "Fenna Ockwell"
    assert speaker_of(stmts, "washing in the kitchen") == "Ossian Pereira-Tull"
    assert day_of(stmts, "washing in the kitchen") == date(2025, 11, 4)  # "14/11" elsewhere: day first
    assert day_of(stmts, "the boiler works now") == date(2025, 11, 14)
    assert not [s for s in stmts if "👍" in s.content]
    assert speaker_of(stmts, "a new pump has been ordered") == "Martin Hollick"  # reported in a message:
    assert day_of(stmts, "a new pump has been ordered") == date(2025, 11, 3)  # by the message's day
