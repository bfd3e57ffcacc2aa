"""A hop to "the player on the side that won" must not stop at a quote's indefinite "a player"
("You can't drop a player like that"): a quotation's "a player" is anyone, not an unnamed person the
question means, so the sentence naming the injured player still answers."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

MATCH = """Harrowgate Hawks reach the cup final after a late rally

The Harrowgate Hawks beat the Selby Kestrels by four runs in the cup semi-final at Fennick Park on Saturday.

Hawks captain Oren Maddox scored 64 and took two catches. "You can't leave out a player like that on 20 and expect to win a semi-final," said the Kestrels coach, Ivo Brannagh.

Hawks wicketkeeper Tobin Alderley, who has been ruled out of the final with a fractured wrist, watched the match from the pavilion with his arm in a sling.

The final is at Fennick Park next Sunday.
"""

stories = articles_fixture({"match.txt": MATCH})


def test_the_injured_player_is_named_past_a_quoted_a_player(stories):
    answers(stories, "which player on the side that won the semi has a broken wrist", "Alderley")
