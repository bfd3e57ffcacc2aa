"""A question whose premise repeats a date the article itself says was given in error.

Every document here is invented: an ombudsman's reply that corrects its earlier letter ("we gave
the inspection date as 21 September 2025. That was an error; ... 21 October 2025") and a news
story's correction line ("An earlier version of this article wrongly gave the hearing date as
27 May"). The question with the wrong month is corrected from that paragraph, cited; a question
with the right month is answered as usual.
"""

import pytest

from tests.spec.answering.asks import answers
from tests.spec.statements.test_statements_spec_signed_off_letters import OMBUDSMAN

NEWS = """Quarry appeal adjourned

Published 20 June 2025

The planning appeal over the Brackenmoor quarry was adjourned at a hearing in Tolworth on 10 June.

The inspector, Yannick Ferraby, said he needed more evidence on lorry numbers before he could rule.

Correction: An earlier version of this article wrongly gave the hearing date as 27 May. The hearing took place on 10 June.
"""


@pytest.fixture(scope="module")
def letter(app_over):
    with app_over("ombudsman.txt", OMBUDSMAN) as a:
        yield a


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("quarry.txt", NEWS) as a:
        yield a


def test_a_letters_own_correction_corrects_the_wrong_month(letter):
    answers(letter, "What did the September 2025 inspection of the flat find?", "21 October 2025",
            starting="The articles do not say so")


def test_a_news_correction_line_corrects_the_wrong_month(app):
    answers(app, "What did the inspector say at the May hearing on the Brackenmoor quarry appeal?", "10 June",
            starting="The articles do not say so")


def test_the_right_month_is_answered_as_usual(app):
    answers(app, "What did the inspector say at the June hearing on the Brackenmoor quarry appeal?", "lorry numbers",
            lacking="do not say so")
