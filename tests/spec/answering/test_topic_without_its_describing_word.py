"""A question describes its topic ("the long grass", "the big crane") and the report names the thing
again without the describing word ("offered to cut the grass"): the sentence is on the topic.
A noun before the topic's noun still names it ("the share buyback" is not any buyback)."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

# A regional daily's page: kicker, wire credit, a long lede, the reply in a late paragraph.
VALLEY = """HIGHLANDS | LOCAL NEWS

Weeds close Tembwe landing ground

By staff reporter | TNS
Posted: 14 March 2026

TEMBWE — Light aircraft have stopped landing at Tembwe since the operator said the long grass on the runway had grown over the markers and two culverts at the eastern end had collapsed.

A nurse at the clinic, Sister Aluna Mbewe, said three patients had been carried out by road this month.

Her brother, Jomo Mbewe, is the village headman for Tembwe East. He said the settlement had offered to slash the grass itself with machetes but had been told by the district office to wait for a tender. "We are ready," he said.

The district engineer said a contractor would start after the rains.

Advertisement
"""

# Another story in the same index, sharing the topic's words in other senses.
HARBOUR = """Harbour works run over

Works on the breakwater at Port Selwyn will run two months over, the harbour board said. Crews will
cut the old piles next week, and the grass verges on the quay will be reseeded.
"""

two = articles_fixture({"tembwe_landing.txt": VALLEY, "port_selwyn.txt": HARBOUR})


def test_the_described_topic_is_answered_where_its_noun_is_named_alone(two):
    answers(two, "what did the settlement offer to do about the long grass on the tembwe runway", "machetes")


def test_a_describing_word_counts_a_quarter_and_a_noun_in_full():
    from bot.answering.topic_words import topic_coverage

    idf = lambda t: 1.0  # noqa: E731
    assert topic_coverage(("long", "grass"), {"grass"}, idf) > 0.5
    assert topic_coverage(("share", "buyback"), {"buyback"}, idf) == 0.5
    assert topic_coverage(("long", "grass"), {"long"}, idf) < 0.5  # the noun carries the topic
