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


# A quotes sheet's topic subhead ("On the injury to X:") says what the quote under it is about; the
# subhead alone is no answer
QUOTES = """MEDIA QUOTES
Ravensholt Blues 24-19 Carrick Vale
Saturday 8 March 2025

BLUES DIRECTOR OF RUGBY TAMSIN OKORO-BLYTHE

On the win:
"We defended for our lives in the last ten minutes. I'm proud of them."

On the injury to Kit Marlow-Obi:
"It looks like a dislocated shoulder. He'll see the specialist on Monday."

CARRICK VALE HEAD COACH PIERS ADEOLA-VANCE

On the scrum:
"We were beaten up at the set piece and you can't win like that."
"""

quotes = app_fixture("quotes.txt", QUOTES)


def test_a_topic_subhead_s_quote_answers_what_it_is_about(quotes):
    answers(quotes, "What injury does Kit Marlow-Obi have?", "shoulder")
