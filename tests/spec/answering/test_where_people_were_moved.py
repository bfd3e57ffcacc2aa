""""Where were the evacuated residents near X taken?": the sentence that moves them somewhere
("were moved overnight to a school gym") answers, not only the lede naming where the story happened."""

import pytest

from tests.spec.answering.asks import answers

ARTICLE = """Chemical tanker overturns near Lesovice

A road tanker carrying chlorine overturned outside the village of Dolní Vrbno, north of Lesovice, late on Tuesday, forcing the evacuation of hundreds of residents.

Key points:

- About 260 people from 90 homes closest to the road were moved overnight to a school gym in the neighbouring town.

- The road between Lesovice and the motorway is closed, and buses are being diverted.

- "Nobody has been hurt, and we intend to keep it that way," the regional governor, Marta Hradecká, said.

The evacuation will be reviewed on Thursday morning, the governor said.
"""


@pytest.fixture(scope="module")
def app(app_over):
    with app_over("tanker.txt", ARTICLE) as whosaid:
        yield whosaid


def test_where_people_were_moved_is_the_sentence_that_moves_them(app):
    answers(app, "Where were the evacuated residents near Lesovice taken overnight?", "school gym")
