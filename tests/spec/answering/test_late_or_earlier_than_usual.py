""""Why did the grape harvest start late this year?" where the grower "started picking on 3 September,
ten days earlier than usual": the question's bare "late" (or "early") is a premise the article's
"earlier (later) than usual" corrects. A start that was late is explained, not corrected."""

import pytest

from tests.spec.answering.asks import answers

VINEYARD = """# Notes from the slope, issue 41

*Posted 20 September 2026*

A short one this week, because the picking crews are here. We started picking the Riesling rows on 3 September, ten days earlier than usual. The heat in August ripened everything at once and the sugar readings jumped in a week.

Our neighbour Tobiah Wrenfield says his yields are down by a fifth, and the co-operative press at Velmont has been running day and night.
"""

FERRY = """Title: Winter ferry timetable starts later than usual
Date: 2026-11-04

The winter timetable on the Scarrow Sound ferry began on 2 November, a fortnight later than usual, because the relief vessel was still in dry dock at Pellmouth, the operator said.

Commuters said the extra two weeks of summer sailings had been welcome.
"""


@pytest.fixture(scope="module")
def vineyard(app_over):
    with app_over("vineyard.md", VINEYARD) as app:
        yield app


@pytest.fixture(scope="module")
def ferry(app_over):
    with app_over("ferry.txt", FERRY) as app:
        yield app


def test_a_late_start_is_corrected_by_earlier_than_usual(vineyard):
    answers(vineyard, "Why did the grape harvest start late this year?", "earlier than usual", starting="The articles do not say so")


def test_an_early_start_is_corrected_by_later_than_usual(ferry):
    answers(ferry, "Why did the winter ferry timetable start early this year?", "later than usual",
            starting="The articles do not say so")


def test_a_late_start_told_is_explained(ferry):
    answers(ferry, "Why did the winter ferry timetable start late this year?", "dry dock", lacking="do not say so")
