"""A person described by a win over someone ("the candidate who beat the incumbent chair") is
the winner even where the article writes it from the loser's side ("X lost to Y"), never the loser."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers

ARTICLE = """Harbour rowing club elects new chair after close vote

By Lise Qvortrup | 18 March 2025

KINVARRA - Members of the Kinvarra Harbour Rowing Club elected a new chair on Sunday after the closest vote in the club's 90-year history.

Incumbent chair Maeve Tolland, who had led the club since 2013, lost to 31-year-old dentist Arun Pillai by 40 votes to 37.

"I am grateful to Maeve for everything she built," Pillai said after the count. He said his first task would be to repair the club's slipway before the summer regatta.

Tolland said she would stay on as a coach. "The club is in good hands," she said.
"""


app = app_fixture("rowing_club.txt", ARTICLE)


def test_the_winner_is_named_from_the_losers_side_of_the_sentence(app):
    answer = answers(app, "What does the candidate who beat the incumbent chair do for a living?", "dentist")
    assert "Pillai" in answer.text, answer.text


def test_the_winner_question_resolves_to_the_winner_not_the_loser(app):
    from bot.answering.hops import resolve_hop

    hop = resolve_hop("What did the candidate who beat the incumbent chair say about the slipway?", app.corpus)
    assert hop is not None and hop.name == "Arun Pillai", hop
