"""A story names a body in full once, with its short name in brackets, and then describes its
people by the short name alone ("MVDB chairman Ivo Rell"). A question naming the body by the
words of its full name ("the boss of the Marsh Valley drainage board") finds that person, not
another body's head quoted nearby. Every article is invented."""

import pytest

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

DRAINS = """Flooded farms wait for pumps

Published 3 March 2026

FENNICK - Farmers on the lower Marsh Valley say their fields have been under water for six weeks.

In a letter to the Marsh Valley Drainage Board (MVDB) last month, the farmers' group said two of the four pumps at Sallow Cut had failed in January.

Fennick parish council chairman Oskar Nelwyn said on Monday that the parish had asked for help since before Christmas.

MVDB chairman Ivo Rell said on Tuesday that new pumps had been ordered and would be fitted by April.

Farmer Delia Crouch said she had lost her winter wheat.
"""

drains = app_fixture("drains.txt", DRAINS)


@pytest.mark.parametrize("question", [
    "who is the boss of the marsh valley drainage board",
    "who chairs the marsh valley drainage board",
    "who is the chairman of the marsh valley board",
])
def test_the_body_asked_by_its_full_name_finds_the_short_names_chairman(drains, question):
    answers(drains, question, "Ivo Rell", lacking="Nelwyn")
