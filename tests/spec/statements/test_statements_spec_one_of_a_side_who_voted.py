"""A speaker described as one of a side of a vote ("Cr X, one of two councillors who voted against
the motion, said ...") is not thereby placed at the vote: the words are the report's, of its day.
A speaker "who voted against the plan" still speaks at the vote the story dated. Every article is
invented."""

from datetime import date

STORY = """Council approves car park sale

The Brenmoor council voted 9-2 on Tuesday night to sell the Quayside car park to a developer.

Cr Janusz Ollivant, one of two councillors who voted against the motion, said the town would lose 200 parking spaces. "It is a short-sighted decision," he said.

Deputy mayor Ines Harcourt, who voted for the sale, said the library could not wait.
"""


def test_one_of_a_side_who_voted_speaks_on_the_reports_day(statements, one):
    stmts = statements(STORY)  # published Thursday 9 May 2024
    assert one(stmts, "lose 200 parking spaces").when_start == date(2024, 5, 9)
    assert one(stmts, "short-sighted decision").when_start == date(2024, 5, 9)


def test_a_speaker_who_voted_speaks_at_the_vote(statements, one):
    stmts = statements(STORY)
    assert one(stmts, "library could not wait").when_start == date(2024, 5, 7)
