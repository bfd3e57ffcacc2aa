"""Why-questions answered from the sentence next to the one matching the question's words:

    Why did it take so long to reopen the line?   "Reopening ... should take an hour." then
                                                  "Only one car could run at first, because ..." (the reason, cited too)
    Why did the ticket machines go down?          "Ticket machines and the mobile app were not affected." (corrects the premise)
"""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

REVIEW = """Orrin Valley Tramways: service report

Published 4 February 2026

What happened

Between 05:10 and 13:25 on 2 February, trams on the Orrin Valley line were halted after a power fault at the Kelby substation. About 14,000 journeys were cancelled. Ticket machines and the mobile app were not affected.

Why the restart was slow

Reopening the line after a power fault should take about an hour. Only one tram could run at first, because the backup feeder had been rated for a quarter of the line's load. The rest returned at 13:25, once the engineers had rerouted supply from Ashgate.

Operations director Fenella Marsh-Ibe said the feeder would be upgraded by June.
"""

review = app_fixture("orrin_valley_trams.txt", REVIEW)


def test_the_reason_in_the_next_sentence_comes_along(review):
    answers(review, "Why did it take so long to reopen the tram line after the fault?", "backup feeder")


def test_a_part_said_to_be_unaffected_corrects_a_why_it_failed(review):
    answers(review, "Why did the Orrin Valley ticket machines go down on 2 February?", "not affected",
            starting="The articles do not say")
