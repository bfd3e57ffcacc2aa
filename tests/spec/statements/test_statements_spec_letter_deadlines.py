"""A deadline a letter sets, told in the sentence after the letter's words.

Every article here is invented. "The board said in a letter that ... It gave the applicants 14
days to lodge an appeal." The deadline is the board's directive, as "directed them to" would be;
"gave the staff two days off" sets no one anything to do, and is no statement.
"""

from tests.spec.invented import statements_of, the_one

PLANNING = """Planning board rejects tower plan

March 3, 2025

The Ostrey planning board turned down a 20-storey tower on Monday.

The board said in a letter to the developers that the design ignored the conservation area. It gave the applicants 14 days to lodge an appeal.

The developers gave their site staff two days off.
"""

REGULATOR = """Regulator orders broadcaster to fix captions

ABUJA - In a letter seen by this newspaper, the Broadcast Standards Commission told Quorlake TV that its captions failed deaf viewers. It gave the station three weeks to comply or face a fine.
"""


def test_a_deadline_after_a_letter_is_the_letter_writers():
    assert the_one(statements_of(PLANNING), "14 days to lodge").speaker == "The board"
    assert the_one(statements_of(REGULATOR), "three weeks to comply").speaker.endswith("Broadcast Standards Commission")


def test_a_period_off_is_no_statement():
    assert not [s for s in statements_of(PLANNING) if "days off" in s.content]
