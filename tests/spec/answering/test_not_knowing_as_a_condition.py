""""What happened to apprentices who didn't know their knots?" answered by a memory put as a condition:
"if you didn't know your knots the bosun would send you up the mast". A negated "know" or "tell"
in an if-clause is what happens when someone does not, never a report that anything is withheld."""

import pytest

from tests.spec.answering.asks import answers

YARD = """# Last of the old rope walk's apprentices remembers

By Brynja Skjellerud
May 9, 2027

The rope walk at Fennick Quay, where ships' rigging was made by hand for a century, will be turned into flats.

Former apprentice Hallam Ostrey, 88, remembers starting there in 1953.

"We had one foreman for all of us, and if you didn't know your knots he would send you to coil the tar rope in the cellar," he said. "Nobody forgot them twice."
"""


@pytest.fixture(scope="module")
def yard(app_over):
    with app_over("yard.md", YARD) as app:
        yield app


def test_a_condition_is_no_withholding(yard):
    answers(yard, "what happened to apprentices who didnt know their knots", "tar rope")
