"""Where-questions are answered by a sentence that says where: a place name, a venue in other words
("outside the main gate", "a news conference"), or the channel something was written on; a sentence
merely on the topic is no answer."""

from tests.spec.answering.apps import app_fixture
from tests.spec.answering.asks import answers, declines

ARTICLE = """Bus drivers in Corvell strike over rosters

CORVELL, Oct. 2, 2025 (AP) — Bus drivers in Corvell stopped work on Wednesday in a dispute over new rosters that they say leave no time for breaks.

"We drive ten hours with no break and they call it flexibility," said Nadia Pellow, who chairs the drivers' branch of the transport union, speaking to strikers outside the Quarry Lane depot.

The transit authority's director, Felix Amdur, said the rosters met every legal requirement. "Nobody is asked to drive unsafe hours," he told a news conference on Tuesday.

City councillor Hugo Brenn wrote on Facebook that the strike was "a failure of management, not of the drivers."

Talks between the two sides lasted four hours without an agreement, according to union officials.
"""


app = app_fixture("bus_strike.txt", ARTICLE)


def test_a_venue_without_a_place_name_answers_where(app):
    answers(app, "Where did Nadia Pellow make her remarks?", "Quarry Lane depot")


def test_a_news_conference_says_where_a_statement_was_made(app):
    answers(app, "Where did Felix Amdur say the rosters met every legal requirement?", "news conference")


def test_where_in_a_follow_up_finds_the_speakers_sentence_that_says_where(app):
    from index.models import Turn

    first = app.answer("What did Felix Amdur say about the rosters?")
    answer = app.answer("Where did he say it?", [Turn("What did Felix Amdur say about the rosters?", first, first.text)])
    assert not answer.abstained and "news conference" in answer.text, answer.text


def test_the_channel_a_statement_was_written_on_says_where(app):
    answers(app, "Where did Hugo Brenn call the strike a failure of management?", "on Facebook")


def test_a_sentence_on_the_topic_that_names_no_place_does_not_answer_where(app):
    declines(app, "Where were the talks between the two sides held?")
