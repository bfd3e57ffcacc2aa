"""A figure asked of one day's event ("what level did the blast on 2 June register") where the best
sentence gives only a limit and a reading of another whole month ("their last reading in April was
7.2"): the articles do not tell that day's figure, and the question is declined. A sentence with the
day's own figure answers."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

OTHER_MONTH = """Neighbours complain about Skellow Rigg quarry blasting

Published 3 June 2026

Residents near Skellow Rigg quarry say a blast on 2 June shook pictures off their walls.

Councillor Thea Marlowe said the council's environment officers told her the quarry's permit allows a peak vibration of 10 millimetres per second at the nearest house, and their last monitor reading in April was 7.2.
"""

SAME_DAY = """Neighbours complain about Skellow Rigg quarry blasting

Published 3 June 2026

Residents near Skellow Rigg quarry say a blast on 2 June shook pictures off their walls.

Councillor Thea Marlowe said the monitor at the nearest house recorded a peak vibration of 8.4 millimetres per second during the blast on 2 June.
"""

other_month = app_fixture("skellow_april.txt", OTHER_MONTH)
same_day = app_fixture("skellow_june.txt", SAME_DAY)

test_declines = table(declines, [
    ask("other_month", "What peak vibration did the quarry's blast on 2 June register?", id="reading_of_another_month"),
])

test_answers = table(answers, [
    ask("same_day", "What peak vibration did the quarry's blast on 2 June register?", "8.4", id="the_days_own_reading"),
])
