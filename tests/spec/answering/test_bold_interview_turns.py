"""An interview printed with its questions in bold ("**... Why?**") has question turns like any other:
the turn that matches the question lends its match to the reply after it, and a reply that states a
cause ("Because the roof was leaking ...") answers a why-question over the intro's account of what was done."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

INTERVIEW = """# "A museum is a school, not a vault": the new director of the Ravelston Museum

*Interview by Anouk Marlin*

Brisa Thistlecombe became director of the Ravelston Museum in January 2025, after nine years running the county archive. Within four months she had closed three of the museum's six galleries and fallen out with the city's art dealers.

**You closed three galleries in your first four months. Why?**

Because the roof was leaking onto the paintings. In the east gallery a bucket caught rain beside a Dutch landscape in February. The surveyors told me it could not wait for the next budget.

**When will they reopen?**

The east gallery in the spring of 2026, if the repair money arrives as promised.
"""

interview = app_fixture("interview.md", INTERVIEW)


def test_the_reply_to_a_bold_why_turn_answers_why(interview):
    answers(interview, "Why did the new museum director shut three of the galleries?", "roof was leaking")
