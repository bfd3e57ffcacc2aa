"""A field label on the line above its content ("Reason" / "A main burst ...") says what the
content is: the question's word for the field finds the content under it."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers


NOTICE = """Boil water notice for Kelso Heights

Issued: 4 June 2025

Reason
A main burst on Alder Road let untreated water into the supply on Tuesday night.

Action required
Boil all tap water before drinking or cooking until further notice.

Area covered
Kelso Heights, Alder Road and the Brookside estate.
"""


notice = app_fixture("boil_water_notice.txt", NOTICE)


def test_the_content_under_a_reason_label_answers_the_reason(notice):
    answers(notice, "What is the reason for the boil water notice?", "main burst")


def test_the_content_under_an_area_label_answers_the_area(notice):
    answers(notice, "What area does the boil water notice cover?", "Brookside estate")
