""""What does the firm plan to do with the money it raised?" is answered by the sentence that says what
the money will pay for, though the lede, which says the money was raised, holds every word of the question."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

RELEASE = """Sunwell Kilns Raises 300 Million Rand to Bring Solar Dryers to 12,000 Fruit Farms

CAPE TOWN, South Africa, March 3, 2025 /PRNewswire/ -- Sunwell Kilns Ltd., a Cape Town-based maker of solar fruit dryers, today announced that it has raised 300 million rand in a funding round led by Fynbos Growth Partners, with participation from existing investors.

The company will use the funds to install 12,000 dryers by the end of 2027 and to open a second workshop in Paarl.

"We looked at more than twenty drying businesses before we chose Sunwell," said Pieter Hobday of Fynbos Growth Partners.
"""

release = app_fixture("release.txt", RELEASE)


def test_what_money_raised_will_pay_for_is_the_answer_not_the_raising(release):
    answers(release, "What does Sunwell Kilns plan to do with the money it raised?", "12,000 dryers")
