"""Answers from labelled layouts: result blocks, fact boxes with prior-period brackets, signed
sections, comment pages.

Every article here is invented. A field line ("YES to strike action: 4,812") is a sentence of its
own, answers a question worded like its label, and never answers another one ("Comment submitted
date: ..." is no day of a decision). A contents list is no passage.
"""

import pytest

from tests.spec.answering.asks import answers, declines

BULLETIN = """CANADIAN LOCAL 2207 - TRANSIT WORKERS
Members' Update, Ballot Edition
Date: 2025/05/09

STRIKE VOTE RESULT: NORTHSHORE BUS OPERATIONS

The vote of our members at Northshore Bus Operations closed on Thursday.

RESULT
Eligible members: 1,480
Ballots cast: 1,302
YES to strike mandate: 1,149
NO: 148
Rejected ballots: 5

President Ines Marchetti said the mandate was "the clearest we have ever had".
"""

REPORT = """QUILLBANK MUTUAL INSURANCE SOCIETY
Annual Review 2024

Contents
Chief Executive's Letter ......... 2
Key Figures ...................... 6

CHIEF EXECUTIVE'S LETTER

This was a year of storms. We paid out more claims than in any year since the society was founded, and I am proud that we kept every promise we made.

Gross premiums rose to £212 million (2023: £198 million). Our solvency ratio remains strong.

Rowena Castellanos
Chief Executive
20 March 2025

KEY FIGURES
Claims paid: £141m (2023: £96m)
Average home premium: £318 incl. IPT (2023: £296)
Policyholders: 412,000
"""

PORTAL = """Thornmere District Council - Planning Register
Application Details > Public Comments

Reference: 25/00931/FUL
Proposal: Erection of a 12m telecommunications mast
Applicant: Vantage Towers Ltd
Case Officer: Ms Ottilie Brannock
Received: Mon 03 Feb 2025

---

Mr Lysander Pocklington
4 Orchard Row
Commenter Type: Neighbour
Stance: Customer objects to the Planning Application
Comment submitted date: Tue 18 Feb 2025
Comment: The mast would stand eleven metres from my daughter's bedroom window. I object to it.

---

Ms Henrietta Faraday-Kwan
The Old Forge
Commenter Type: Neighbour
Stance: Customer made comments in support of the Planning Application
Comment submitted date: Thu 20 Feb 2025
Comment: I support this mast because mobile signal in the village is so poor that I cannot call a doctor from home.
"""


@pytest.fixture(scope="module")
def bulletin(app_over):
    with app_over("local2207_ballot.txt", BULLETIN) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def report(app_over):
    with app_over("quillbank_review.txt", REPORT) as whosaid:
        yield whosaid


@pytest.fixture(scope="module")
def portal(app_over):
    with app_over("thornmere_mast_comments.txt", PORTAL) as whosaid:
        yield whosaid


def test_a_result_block_count_answers_a_how_many_worded_like_its_label(bulletin):
    answers(bulletin, "How many Local 2207 members voted in favour of the strike mandate?", "1,149")


def test_a_compare_keeps_the_bracketed_prior_period_figure(report):
    answers(report, "How does the average home premium compare with the year before?", "£318", "£296")


def test_the_signature_block_answers_who_holds_the_role_and_the_contents_list_is_no_answer(report):
    answers(report, "Who is Quillbank's chief executive?", "Rowena Castellanos", lacking="....")


def test_a_field_line_answers_no_question_its_label_does_not_word(report, portal):
    declines(report, "What were Quillbank's claims paid in 2021?", lacking="£141m")
    declines(portal, "When will Thornmere District Council decide the mast application?", lacking="Comment submitted date")


def test_page_fields_answer_who_the_officer_is_and_comments_who_supports(portal):
    answers(portal, "Who is the case officer for the Thornmere mast application?", "Brannock")
    answers(portal, "Which resident supports the mast?", "Faraday-Kwan")
