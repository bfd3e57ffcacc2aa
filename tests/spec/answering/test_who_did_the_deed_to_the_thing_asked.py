"""'Who runs the fuel business in X?': a person the article describes with the question's verb done
to something else ("who runs about 200 head of sheep near X") does not do the deed asked. The
article is invented."""

from tests.spec.answering.apps import app_fixture

ARTICLE = """Fuel shortage hits valley farms

Published 9 December 2025

TARNBY, Ore. (AP) - Farms in the Tarnby valley are running short of heating fuel as a cold snap drags on.

"We had tankers waiting at dawn and nothing to fill them with," said Orla Brennagh, who owns Valley Gold Fuels in Tarnby.

Sheep farmer Nils Oberg, who runs about 200 head of sheep near Tarnby, told reporters he had been heating his lambing shed with a borrowed stove since Sunday.

Oberg said the valley needed a second depot.
"""

app = app_fixture("fuel.txt", ARTICLE)


def test_the_same_verb_done_to_another_thing_is_no_answer(app):
    answer = app.answer("Who runs the fuel business in Tarnby?")
    assert "Oberg" not in answer.text, answer.text
