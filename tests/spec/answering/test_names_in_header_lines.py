"""A name only a header line holds (a house's "LEGISLATIVE ASSEMBLY" above a sitting's record, a
section line above a report) is still a name the articles mention: a when-question about the
sitting is answered with the day the header dates it, not refused."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines


ARTICLE = """STATE PARLIAMENT OF NORTHMARK
LEGISLATIVE ASSEMBLY
Wednesday, 12 March 2025

QUESTIONS WITHOUT NOTICE

Harbour dredging contract

Ms VELLACOTT (Port Ardis) (10:31): My question is to the Minister for Ports. Dredging at Port Ardis stopped three weeks ago and the channel is silting up. When will the contract be signed?

Mr OYELARAN (Minister for Ports) (10:32): I thank the member for her question. The contract will be signed this month, and dredging will restart in April.

Ms VELLACOTT (Port Ardis) (10:33): Fishers in my electorate have lost a month of landings. Will the minister meet them?

Mr OYELARAN (Minister for Ports) (10:34): I will meet the fishers' co-operative at Port Ardis next week.
"""


app = app_fixture("sitting.txt", ARTICLE)


def test_a_when_question_about_the_sitting_named_in_a_header_is_answered(app):
    answers(app, "On what date was the dredging question put to the minister in the Assembly?", "12 March 2025",
            lacking="None of them mentions")


def test_a_house_neither_header_nor_body_names_is_still_unknown(app):
    declines(app, "On what date was the dredging question put to the minister in the Senate?", "Senate")
