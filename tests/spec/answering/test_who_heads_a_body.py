"""'Who heads X?' / 'Who is the head of X?' asks for the person the article gives X's top job,
whatever the job is called there (president, headteacher, principal, chair), and a firm is the
company the article names; "X, who appears for the defendant" is the defendant's counsel, and
a narrator's "my first supervisor" is their first boss. Every article is invented."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

FERRY = """Island ferry to stop after 60 years

Published 5 March 2026

PORT ELLIS - The only ferry to Skellow Island will stop sailing in June, its operator said on Thursday.

Brinemoor Shipping Ltd, which has run the route since 1966, said it could no longer find enough crew. The company's president, Tomasz Wierzbicki, told reporters that half of its officers would retire within three years.

Harbour councillor Anne Lusk said the island would be cut off in winter.
"""

SCHOOL = """Parents fight school bus cut

Published 2 October 2025

The bus to Kirkholme High School will stop after Christmas, the county council said.

The school's principal, Mrs Joanna Feltwell, said staff shared the parents' worries. Parent Dylan Ashby said the road had no pavement.
"""

COURT = """Builder jailed over unpaid deposits

Published 9 May 2025

A builder who took deposits from 20 families was jailed for two years on Friday.

Mr Halloran, who appears for the defendant, said his client had been overwhelmed by debts. The judge said the families had trusted him.
"""


ferry = app_fixture("ferry.txt", FERRY)
school = app_fixture("school.txt", SCHOOL)
court = app_fixture("court.txt", COURT)


@pytest.mark.parametrize("question", [
    "Who heads the shipping firm that is ending the Skellow route?",
    "Who is the head of the company that runs the Skellow ferry?",
])
def test_who_heads_a_firm_finds_its_president(ferry, question):
    answers(ferry, question, "Wierzbicki")


@pytest.mark.parametrize("question", [
    "Who is the head of Kirkholme High School?",
    "Who runs the school whose bus is being cut?",
])
def test_who_heads_a_school_finds_its_principal(school, question):
    answers(school, question, "Feltwell")


def test_counsel_who_appears_for_the_defendant_is_the_defence_barrister(court):
    answers(court, "Which barrister spoke for the defendant?", "Halloran")
