"""A review's outcome, a verdict, a ruling or a vote that the article tells only as to come ("will be
published on", "will be heard on", "is expected to deliver its verdict"): the articles do not say
what it was, however closely the preview sentence matches the question's words."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

COURT = """Title: Jury retires in warehouse fraud trial
Date: 2025-03-06

The jury in the trial of former warehouse manager Colm Breathnach retired on Wednesday.

Judge Priya Raman told jurors they would deliver their verdict after considering the evidence on Friday.

Breathnach's appeal against an earlier fine will be heard on 20 March, the court was told.

Prosecutor Dana Whitlock said the losses came to £2.1 million.
"""

CLUB = """Title: Rowing club members to vote on merger
Date: 2025-04-10

Members of Tarrow Rowing Club vote on Saturday on a proposed merger with a neighbouring club.

An independent review of the club's finances will be published next month, chair Olu Mensah said.

"It is a big decision for a small club," Mensah said.

The club has 230 members.
"""


court = app_fixture("court.txt", COURT)
club = app_fixture("club.txt", CLUB)


def test_a_verdict_still_to_come_is_not_answered(court):
    declines(court, "What verdict did the jury reach in the Breathnach trial?")
    declines(court, "What was the jury's verdict?")


def test_an_appeal_still_to_be_heard_is_not_answered(court):
    declines(court, "What did the court decide on Breathnach's appeal against the fine?")


def test_a_vote_and_a_review_still_ahead_are_not_answered(club):
    declines(club, "What was the result of the members' vote on the merger?")
    declines(club, "What did the review of the club's finances find?")


def test_what_the_previews_say_is_still_answered(court, club):
    answers(court, "When will Breathnach's appeal be heard?", "20 March")
    answers(court, "How much were the losses?", "2.1")
    answers(club, "How many members does the club have?", "230")


OVER = """Title: Parish council backs new footpath
Date: 2025-04-12

Ashby Parva parish council approved the new riverside footpath on Thursday by 7 votes to 2.

"This path has been talked about for twenty years," councillor Ruth Abara told the meeting before the vote.

The vote was closer than supporters had hoped.
"""


def test_a_vote_already_held_is_still_answered(app_over):
    with app_over("over.txt", OVER) as app:
        answers(app, "What was the final tally in the footpath vote?", "7 votes to 2")
