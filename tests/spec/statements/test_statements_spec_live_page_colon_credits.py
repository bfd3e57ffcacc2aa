"""A live blog's colon credits that carry more than a name before the colon: how the speaker took
it ("Vale Rovers coach Dafydd Merriweather was gracious, if clearly hurting: "..."") and a reader's
message under its timestamp ("Nia in Aberaeron emails: "..."") -- the quotation is the speaker's."""

from tests.spec.invented import speaker_of, statements_of

BLOG = """LIVE | Rugby

Harbour Hawks 30-12 Vale Rovers: the cup final as it happened

Saturday 14 March 2026 · Riverside Park
Live coverage by Nell Amberly

21:40
Vale Rovers coach Dafydd Merriweather was gracious, if clearly hurting: "We kicked the ball away too often in the first half and you cannot do that against the Hawks. I am proud of the comeback."

21:31
Nia in Aberaeron emails: "I have followed the Hawks since they played on a field behind the chapel. Crying into my coffee here."

21:20
Full time: Harbour Hawks 30-12 Vale Rovers.
"""


def test_a_credit_that_says_how_the_speaker_took_it():
    stmts = statements_of(BLOG)
    assert speaker_of(stmts, "kicked the ball away too often") == "Dafydd Merriweather"


def test_a_readers_message_under_its_timestamp():
    stmts = statements_of(BLOG)
    assert speaker_of(stmts, "followed the Hawks since they played") == "Nia"
