"""A why-question that takes a thing as brought forward where the article says it is now expected
later ("now expected in the first half of 2027, rather than the second half of 2026 as previously
guided"), or as delayed where it was brought forward: the answer says the articles do not say so and
cites the sentence that moves it the other way. A delay the article tells is answered."""

from bot.answering.premise_timing import moved
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ANNOUNCEMENT = """Corrabell Resources plc - CRBL
Funding update and revised timetable
Released 07:00:01 02-Jun-2026

Corrabell Resources plc, the developer of the Tolvane copper project in Argyll, announces a revised timetable.

Highlights

- First copper concentrate from Tolvane is now expected in the first half of 2027, rather than the second half of 2026 as previously guided.
- The change follows flooding of the access decline in April, which stopped underground development for nine weeks.
- The Company has drawn a further £6 million from its debt facility.

Annika Sorvald, Chief Executive Officer, said: "We would rather give the market a date we can keep."
"""

announcement = app_fixture("corrabell_rns.txt", ANNOUNCEMENT)


def test_a_new_time_after_rather_than_an_old_one_is_later():
    assert moved("It is now expected in the first half of 2027, rather than the second half of 2026.") == "later"
    assert moved("It is now expected in the first half of 2026, rather than the second half of 2026.") == "earlier"
    assert moved("The opening has been pushed back to May.") == "later"
    assert moved("They would rather wait than rush it.") is None


def test_brought_forward_is_corrected_by_now_expected_later(announcement):
    answers(announcement, "Why has Corrabell brought first copper concentrate forward to the end of 2026?",
            "first half of 2027", starting="The articles do not say")


def test_a_delay_the_article_tells_is_answered(announcement):
    answers(announcement, "Why has first copper concentrate from Tolvane been delayed?", lacking="The articles do not say")
