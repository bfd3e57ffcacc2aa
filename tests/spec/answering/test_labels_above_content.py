"""A field label on the line above its content ("Reason" / "A main burst ...") says what the
content is: the question's word for the field finds the content under it."""

import pytest

NOTICE = """Boil water notice for Kelso Heights

Issued: 4 June 2025

Reason
A main burst on Alder Road let untreated water into the supply on Tuesday night.

Action required
Boil all tap water before drinking or cooking until further notice.

Area covered
Kelso Heights, Alder Road and the Brookside estate.
"""


@pytest.fixture(scope="module")
def notice(app_over):
    with app_over("boil_water_notice.txt", NOTICE) as whosaid:
        yield whosaid


def test_the_content_under_a_reason_label_answers_the_reason(notice):
    answer = notice.answer("What is the reason for the boil water notice?", [])
    assert not answer.abstained, answer.text
    assert "main burst" in answer.text


def test_the_content_under_an_area_label_answers_the_area(notice):
    answer = notice.answer("What area does the boil water notice cover?", [])
    assert not answer.abstained, answer.text
    assert "Brookside estate" in answer.text
