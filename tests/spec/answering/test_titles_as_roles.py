"""An abbreviated title names a job: "Prof. Ann Lee" is the professor a question asks about."""

import pytest

from tests.spec.answering.apps import app_fixture

ARTICLE = """Council weighs ban on leaf blowers

Published 12 September 2024

Ardley's council on Wednesday debated a ban on gas-powered leaf blowers, which residents say are the loudest machines in the suburb.

Prof. Tamsin Oduya, who studies urban noise at Ardley Polytechnic, said the machines were "as loud as a jet at take-off for the person using them".

Sen. Helena Blay, who represents the district, told the meeting the ban should wait for a cheaper electric model. She added that she had spoken to landscaping firms, which she said were "broadly supportive."
"""


app = app_fixture("blowers.txt", ARTICLE)


@pytest.mark.parametrize("question, said", [
    ("What did the professor say about the leaf blowers?", "as loud as a jet"),
    ("What did the senator say about the ban?", "cheaper electric model"),
])
def test_a_role_asked_for_finds_the_person_titled_so(app, question, said):
    answer = app.answer(question)
    assert not answer.abstained and said in answer.text, answer.text


def test_a_quote_cut_short_by_its_span_is_closed_before_the_report_date(app):
    answer = app.answer("What did Helena Blay say about the landscaping firms?")
    assert answer.text.count('"') % 2 == 0 and answer.text.count("\u201c") == answer.text.count("\u201d"), answer.text
