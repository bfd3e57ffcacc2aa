"""'Before the strike began' is bounded by the day the passages give the strike's start."""

from datetime import date

from bot.answering.candidates import candidates_of
from bot.answering.events import event_bounds
from index.models import Article, Chunk, ScoredChunk, Span

TEXT = "Dockers have been striking since March 3, the union said. Talks resumed on Friday."
ARTICLE = Article("a1", TEXT, published=date(2024, 3, 20))


def _candidates():
    chunk = Chunk("c1", "a1", 1, 0, len(TEXT), TEXT, (Span(0, 57), Span(58, len(TEXT))))
    return candidates_of([ScoredChunk(chunk, 1.0)])


def test_before_the_event_began_ends_the_day_before_it():
    since, until = event_bounds("What did the union say before the strike began?", _candidates(), lambda _: ARTICLE)
    assert (since, until) == (None, date(2024, 3, 2))


def test_after_the_event_started_begins_the_day_after():
    since, until = event_bounds("What was said after the strike started?", _candidates(), lambda _: ARTICLE)
    assert (since, until) == (date(2024, 3, 4), None)


def test_an_event_no_passage_dates_sets_no_bound():
    assert event_bounds("What was said before the lockout began?", _candidates(), lambda _: ARTICLE) == (None, None)
