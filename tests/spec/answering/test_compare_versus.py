""""The developer's cost to move the hall versus the society's repair estimate": "versus" (like "vs")
joins the two sides; it is no word of the second side, which must be found by its own words, each
side's figure cited."""

from bot.answering.question import analyse

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Old drill hall could make way for flats

The Victorian drill hall on Quarry Lane could be demolished to make room for 24 flats after the planning committee deferred a decision on Tuesday.

The developer, Ashgrove Homes, says the hall is beyond economic repair. Its planning manager, Owen Petrakis, said the roof timbers were rotten through.

He said moving the building's facade to another site would cost an estimated £310,000, which the company could not justify.

The Quarry Lane Heritage Trust disputes that. Its chair, Dr. Nell Ambrose, said the trust's own surveyor had found the frame "sound in the main" and estimated repairs at about £140,000.

The committee will meet again next month.
"""


app = app_fixture("drill_hall.txt", ARTICLE)


def test_versus_is_no_word_of_a_side():
    q = analyse("developer's cost to move the facade versus the heritage trust's repair estimate?")
    assert all("versus" not in side and "versu" not in side for side in q.sides), q.sides


def test_each_side_of_a_versus_gives_its_figure(app):
    answers(app, "developer's cost to move the facade versus the heritage trust's repair estimate?", "310,000", "140,000")
