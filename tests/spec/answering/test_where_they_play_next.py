""""Where do they play next?" is answered by a trip still ahead ("ahead of Tuesday's trip to
Northfield", "before they travel to Eastport"), though the sentence does not name the team; a
sentence of another article, which never names the team, is no answer."""

import pytest

from tests.spec.answering.apps import app_fixture, articles_fixture
from tests.spec.answering.asks import answers

MATCH = """Rovers hold on for narrow win

Published: 10 May 2025

Rovers beat City 2-1 on Saturday to move up to third in the table.

Manager Gary Holt said his side would need to be sharper ahead of Tuesday's trip to Northfield.

"We switched off in the last ten minutes and we can't do that again," Holt said.
"""

HOCKEY = """Harriers edge derby in overtime

Published: 14 February 2025

The Harriers beat the Kestrels 4-3 in overtime on Friday night in front of a sell-out crowd.

Coach Lena Brandt said the players would get a day off before they travel to Eastport on Sunday.
"""

FERRY = """Ferry strike ends

Published: 20 March 2025

The union accepted a 6% pay rise and crossings resumed the next morning.
"""


match = articles_fixture({"rovers_win.txt": MATCH, "ferry_strike.txt": FERRY})


hockey = app_fixture("harriers_derby.txt", HOCKEY)


@pytest.mark.parametrize("question", ["Where do Rovers play next?", "Where are Rovers playing next?"])
def test_the_next_match_is_a_trip_ahead(match, question):
    answers(match, question, "Northfield")


def test_the_next_game_is_where_they_travel(hockey):
    answers(hockey, "Where do the Harriers play next?", "Eastport")
