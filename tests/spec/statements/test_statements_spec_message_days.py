"""The day of the message a statement is made in: "In a post on Facebook on Saturday evening, X wrote".

Every article here is invented. A day written on the post, statement or story the cue's verb is
said in (through the platform's name) dates the saying; a day naming something the message is
about ("a letter about the March 14 agreement") does not.
"""

from datetime import date

from tests.spec.invented import statements_of, the_one

STORY = """Pier repairs row

Published Monday 3 February 2025

In a post on Facebook on Saturday evening, Mayor Wenna Trelawny blamed the contractor for the delay.

In an Instagram story on Friday, Councillor Idris Penhallow said the pier should never have closed.

In a letter about the March 14 agreement, Kerensa Polglase said the repairs were overdue.
"""


def test_a_day_on_the_message_dates_the_saying():
    stmts = statements_of(STORY)
    assert the_one(stmts, "contractor").when_start == date(2025, 2, 1)
    assert the_one(stmts, "never have closed").when_start == date(2025, 1, 31)


def test_a_day_the_message_is_about_does_not():
    assert the_one(statements_of(STORY), "repairs were overdue").when_start == date(2025, 2, 3)
