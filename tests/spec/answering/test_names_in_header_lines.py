"""A name only a header line holds (a house's "LEGISLATIVE ASSEMBLY" above a sitting's record, a
section line above a report) is still a name the articles mention: a when-question about the
sitting is answered with the day the header dates it, not refused."""

import pytest

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


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("sitting.txt", ARTICLE) as whosaid:
        yield whosaid


def test_a_when_question_about_the_sitting_named_in_a_header_is_answered(app):
    answer = app.answer("On what date was the dredging question put to the minister in the Assembly?")
    assert "None of them mentions" not in answer.text, answer.text
    assert not answer.abstained and "12 March 2025" in answer.text, answer.text


def test_a_house_neither_header_nor_body_names_is_still_unknown(app):
    answer = app.answer("On what date was the dredging question put to the minister in the Senate?")
    assert answer.abstained and "Senate" in answer.text, answer.text
