"""A question asking for someone's answer to a question put to them is answered by their reply, even
when the reply withholds something ("did not give a figure"): that is what they answered."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

PAPER = """Senate presses dean on dorm fees

The student senate voted on Tuesday to ask the college to delay its new housing fee.

Dean of housing Marguerite Abernathy-Osei told the senate the fee would pay for repairs. "Students on grants will be covered," Abernathy-Osei said.

Senator Tobiah Wrenfield asked whether grants would rise to match the new fee. Abernathy-Osei said she would "have to ask the bursar" and did not give a figure.

The college did not disclose the cost of the repairs.
"""

BRIEFING = """Minister questioned on bridge costs

KARRADOON, 12 May 2025 -- Reporters pressed Works Minister Declan Ferreira-Mbatha on the cost of the new river bridge at a briefing on Monday.

Asked how much the bridge would cost, Ferreira-Mbatha said he would not "put a number on it before the tender closes".

Opposition spokesperson Ilse Marchbank said the public deserved to know.
"""

paper = app_fixture("dorm_fee_senate.txt", PAPER)
briefing = app_fixture("karradoon_bridge.txt", BRIEFING)


def test_her_answer_is_the_reply_that_withholds(paper):
    answers(paper, "What was Marguerite Abernathy-Osei's answer when a senator asked if grants would rise?", "ask the bursar")


def test_what_did_he_reply_is_the_reply_that_withholds(briefing):
    answers(briefing, "What did Declan Ferreira-Mbatha reply when reporters asked about the cost of the bridge?", "put a number on it")


def test_the_asked_thing_itself_is_still_not_said(paper):
    declines(paper, "How much will the repairs cost?")
