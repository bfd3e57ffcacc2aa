""""What does the local MP want the government to do?": "the MP for the area, NAME" is the local MP;
a "local" job is the area's (its constituency, ward or district), so his words answer, not those of
the council chair the story quotes first."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Island shelves bare as ferry sits in dry dock

Residents of Skerra have gone five weeks without a regular supply boat, the island council said on Tuesday.

Morag Tulloch, a retired teacher who chairs the Skerra Community Council, said the council had already written to the transport minister and would ask the airline to waive baggage charges for food.

The MP for the area, Callum Reid, raised the matter in Parliament on Wednesday. He called for the government to charter a landing craft at once and to pay the ferry subsidy to a second operator.

The ferry company said a replacement part was expected next week.
"""


app = app_fixture("skerra.txt", ARTICLE)


def test_the_local_mp_is_the_mp_for_the_area(app):
    answers(app, "what does the local mp want the government to do about the island's supplies", "landing craft",
            lacking="baggage")


@pytest.mark.parametrize("description, local", [
    ("the MP for the area", True),
    ("councillor for the ward", True),
    ("the MP for Leeds North", False),
])
def test_local_is_a_description_of_the_area(description, local):
    from bot.answering.people import term_match
    from bot.answering.terms import stems

    assert term_match(stems("local")[0], frozenset(stems(description))) is local
