""""Who ordered the X shut" is answered by the sentence where someone "ordered the closure" in X's
story (the act named by its noun, "shut" and "close" one act), also when the question is typed
without its capital and question mark. Every article is invented."""

from bot.answering.deeds import deed_of
from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

QUAY = """Fishermen idle as landing site stays closed

MORE than 200 fishermen at the Pellow Quay landing site have been idle for a week after district authorities closed the site over illegal nets.

District Commissioner Ms Amara Keddle ordered the closure last Monday after a patrol seized 900 monofilament nets in one night.

District Fisheries Officer Mr Joel Brannock told the Gazette that fish stocks in the Pellow waters had fallen sharply, with catches at the landing site down by about 40 percent in five years.

The closure has also hit a fish processing plant that buys perch from the quay.
"""

quay = app_fixture("pellow_quay.txt", QUAY)


def test_who_ordered_the_site_shut_is_who_ordered_its_closure(quay):
    answers(quay, "who ordered the fish landing site at pellow quay shut", "Keddle", starting="District Commissioner Ms Amara Keddle")


def test_the_deed_is_read_alike_typed_in_lower_case():
    assert deed_of("who ordered the fish landing site on Pellow Quay shut") == deed_of("Who ordered the fish landing site on Pellow Quay shut?")
    assert deed_of("Who wanted the old market closed?").result == "close"
