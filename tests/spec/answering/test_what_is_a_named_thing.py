""""What exactly is the Harrow Line?" is answered by the appositive that says what kind of thing it
is, inside a long lead sentence, not by later sentences that only mention it."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

RELEASE = """News release

Orkney link to get $40 million

KIRKWALL, 2 February 2026 — Today, the Minister for Island Affairs, Fiona Balfour-Reid, together with council leader Magnus Tait, announced joint funding of more than $40 million for the Harrow Line, a subsea power cable that will connect three outer islands to the main grid.

The islands now rely on diesel generators. The Harrow Line changes that.

"The Harrow Line is the biggest thing we have built in a generation," Tait said.

Construction of the Harrow Line is due to begin in 2027.
"""

release = app_fixture("harrow_line.txt", RELEASE)


def test_the_appositive_says_what_the_thing_is(release):
    answers(release, "What exactly is the Harrow Line?", "subsea power cable")


def test_asked_thing():
    from bot.answering.definitions import asked_thing

    assert asked_thing("What exactly is the Harrow Line?") == "Harrow Line"
    assert asked_thing("What is the council doing about the roads?") is None
