"""A comparison of two countries' bosses ("the Norwegian and Danish bosses") is answered by the
bosses' own words, not by a line whose subject is the company of that country; a boss's answer to
the other ("Asked whether he agreed with X, he said: "...") comes with its quote whole."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import replies


ARTICLE = """Danish ferry operator cuts routes as bookings slide

COPENHAGEN, March 4 - Danish ferry operator Kattegat Linjer said on Tuesday it would drop three winter routes after bookings fell for a second year.

Rival Fjordbaat AS of Norway reported on Monday a 4% rise in quarterly revenue, helped by freight on its North Sea routes. Fjordbaat's chief executive, Sindre Valle, told reporters a day earlier that passenger travel had "turned the corner" and would grow again next summer.

Kattegat's chief executive, Mette Kragh, was more cautious. Asked whether she agreed with Valle, she said: "I have been promised a good summer before. I will believe it when the cabins are full."

Shares in Kattegat Linjer fell 6% in Copenhagen.
"""


app = app_fixture("ferries.txt", ARTICLE)


def test_each_countrys_boss_answers_for_their_side(app):
    replies(app, "How do the Norwegian and Danish bosses differ on whether passenger travel has recovered?",
            "turned the corner", "cabins are full", lacking="Rival Fjordbaat AS of Norway reported")
