"""A live blog's colon credits that carry more than a name before the colon: how the speaker took
it ("Vale Thistleby coach Cosimo Merriweather was blunt, if weary: "..."") and a reader's
message under its timestamp ("Nia in Aberaeron emails: "..."") -- the quotation is the speaker's."""

from tests.spec.invented import speaker_of, statements_of

BLOG = """LIVE | Rugby

Harbour Hawks 30-12 Vale Thistleby: the cup final as it happened

Saturday 14 March 2026 · Riverside Park
Live coverage by Nell Amberly

21:40
Vale Thistleby coach Cosimo Merriweather was blunt, if weary: "Our line-out fell apart after the break and the Hawks punished every mistake. We will learn from it."

21:31
Nia in Aberaeron emails: "Forty years of cold Saturdays on the terrace and finally a cup. My neighbours can hear me singing."

21:20
Full time: Harbour Hawks 30-12 Vale Thistleby.
"""


def test_a_credit_that_says_how_the_speaker_took_it():
    stmts = statements_of(BLOG)
    assert speaker_of(stmts, "line-out fell apart after the break") == "Cosimo Merriweather"


def test_a_readers_message_under_its_timestamp():
    stmts = statements_of(BLOG)
    assert speaker_of(stmts, "Forty years of cold Saturdays") == "Nia"
