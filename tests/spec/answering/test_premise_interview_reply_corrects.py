"""A why-question whose premise a Q&A interview's answer corrects: the interviewer asks about the
thing ("So is there a market this summer?") and the reply says what is so instead ("smaller,
twenty stalls instead of forty"). The answer corrects the premise with the reply; a headline's
own negation ("'We are not giving up'") that only names the subject denies nothing. Where the
interview tells the act, it is answered, not corrected."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


INTERVIEW = """'We are not giving up': the organiser of the Brennock night market on a lost grant

By Aoife Quirke
Wednesday, 14 May 2025

The Brennock night market has filled the quayside every summer since 2012. In April the town's tourism board said it would end its grant. Its organiser, Colm Rafferty, spoke to us on Monday.

QUIRKE: How big was the grant?

RAFFERTY: Thirty thousand euro a year, about half of what the market costs to run.

QUIRKE: So is there a market this summer?

RAFFERTY: Yes, and I want that understood. It will be smaller, twenty stalls instead of forty, and it will run on Fridays only.

QUIRKE: Will prices go up?

RAFFERTY: For the traders a little, for the public not at all.

In a statement, the tourism board said it had warned the market in January and remained proud of its years of support for this summer's market and those before it.
"""

TOLD = """The Brennock night market will close after this summer

By Aoife Quirke
Wednesday, 14 May 2025

The Brennock night market, which has filled the quayside every summer since 2012, will close after this season. The market is closing because the quay is being rebuilt, its organiser, Colm Rafferty, said.

QUIRKE: So is there a market this summer?

RAFFERTY: Yes, one last time. After that, there is nowhere else to put forty stalls.
"""


interview = app_fixture("brennock_market_interview.txt", INTERVIEW)
told = app_fixture("brennock_market_told.txt", TOLD)


def test_a_cancellation_the_interview_reply_corrects(interview):
    answers(interview, "Why is the Brennock night market cancelling this summer's market?",
            "twenty stalls instead of forty", lacking="not giving up")


def test_a_closure_the_interview_tells_is_answered(told):
    answers(told, "Why is the Brennock night market closing?", "close", lacking="do not say so")


CHAMBER = """LEGISLATIVE ASSEMBLY - Questions without notice

Tuesday, 9 September 2025

Mr BRELLICK (Sandfold) (10:02): My question is to the Minister for Fisheries. Trawler crews in Sandfold learned on Friday that their catch quota has been cut by a third. Will the minister guarantee that the quota will be reassessed before the end of November?

Ms OYELARAN-VOSS (Minister for Fisheries) (10:03): I thank the member for his question. The quota was set by the independent fisheries board, not by me. What I can tell the house is that the board reassesses quotas in the first week of every quarter, and I have asked it to publish its stock survey.

Mr BRELLICK: That is no help to the crews.
"""

PLEDGED = CHAMBER.replace("What I can tell the house is that the board reassesses quotas in the first week of every quarter",
                          "I guarantee that the board will reassess the quota before November is out")

chamber = app_fixture("sandfold_quota_chamber.txt", CHAMBER)
pledged = app_fixture("sandfold_quota_pledged.txt", PLEDGED)


def test_a_pledge_only_the_interviewer_asked_for_is_corrected_by_the_reply(chamber):
    answers(chamber, "Why did the fisheries minister promise a reassessment of quotas before November was out?",
            "first week of every quarter", "do not say so")


def test_a_pledge_the_reply_gives_is_not_corrected(pledged):
    answer = pledged.answer("Why did the fisheries minister promise a reassessment of quotas before November was out?")
    assert "do not say so" not in answer.text, answer.text
