"""A job the question writes as its acronym ("the CFO") and the article in words ("chief financial
officer"), or the other way: the same person, whose sentence answers. A job nobody holds in the
article ("the CTO") is still not reported."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, ask, declines, table

ARTICLE = """Ferry operator hires engineers as line expands

KELMORROW, 3 March 2026 -- The harbour ferry operator Tarnwick Lines has hired a six-strong engineering crew from its rival, it said on Tuesday.

Tarnwick chief financial officer Odile Brasquin said the board was "not looking at" selling the cargo arm. She said the company would report annual figures on 20 April.

The operator's COO, Emrys Kallendine, said two more boats would join the fleet in May.
"""

ferry = app_fixture("ferry.txt", ARTICLE)

test_answers = table(answers, [
    ask("ferry", "What did the ferry operator's CFO say about a possible sale of the cargo arm?", "not looking at",
        id="an_acronym_asked_meets_the_job_in_words"),
    ask("ferry", "What did the CFO say?", "Brasquin", id="the_bare_acronym_names_the_job"),
    ask("ferry", "What did the chief operating officer say about the fleet?", "two more boats",
        id="the_job_in_words_meets_its_acronym_in_the_article"),
])

test_declines = table(declines, [
    ask("ferry", "What did the ferry operator's CTO say about the cargo arm?", id="a_job_nobody_holds_is_not_reported"),
])
