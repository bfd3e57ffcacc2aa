""""Why has the opening slipped?" asks what caused a delay, as "what held it up" does: a sentence that
names the delay and what it follows ("The delay follows the failure of ...") answers, though it holds
none of the question's words, over the lede that names the project."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ANNOUNCEMENT = """Regulatory Story
Marrowby Quarries plc - MRQ
Revised timetable

Marrowby Quarries plc, the developer of the Estrelita slate quarry project in North Wales, announces a revised timetable for first production at the quarry.

Highlights

- First slate from Estrelita is now expected in the first quarter of 2027, rather than the third quarter of 2026 as previously guided.
- The delay follows the collapse in May of the haul road bridge over the Afon Ddu, which cut off the lower benches.
- The Company has appointed a new site manager.

The Company does not expect the revised timetable to change its estimate of annual output of 40,000 tonnes of slate.
"""

announcement = app_fixture("announcement.txt", ANNOUNCEMENT)


def test_why_a_start_slipped_is_answered_by_what_the_delay_follows(announcement):
    answers(announcement, "Why has the start of production at the Welsh slate project slipped?", "haul road bridge")
