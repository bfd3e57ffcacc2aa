"""A role question whose job two articles each give someone, by words of one family ("the
director" of a play, a "national chairman" in a reactions roll, both `leaders`): the person the
article calls by the question's own word holds the role, not the one called by a kin word, so
the question is answered rather than declined as a tie. Every article is invented."""

from tests.spec.answering.apps import articles_fixture
from tests.spec.answering.asks import answers

PLAY = """Storm over the Lantern stage

By Ada Quill

Published: 4 March 2025

The Lantern Theatre's new staging of The Salt Wife opened on Friday to a full house.

Director Oriel Vantongeren stages the storm with a rotating lighthouse. "We tried it with smoke machines and it felt like a rock concert," Vantongeren said at a post-show talk on Tuesday.

The cast of nine rehearsed for eleven weeks in a disused ferry shed.
"""

MILL = """Paper price rise: readers react

Published 4 March 2025

Reaction to the new price of newsprint announced by the mills on Monday.

Bertil Haakonsrud, national chairman, Federation of Small Printers

"Our members cannot pay these prices. Many presses in the valley will stop by the spring."

Ottilie Marchbank, newsagent, Corran

"I sell fewer papers every week. Customers will not pay more."
"""

two = articles_fixture({"play.txt": PLAY, "mill.txt": MILL})


def test_the_role_holder_of_the_article_the_question_is_about_answers(two):
    answers(two, "What did the director say about using smoke machines for the storm?", "rock concert", lacking="Haakonsrud")

