"""The label before an answer sentence names who said it; an unresolved pronoun names no one."""

from datetime import date

from bot.answering.attribution import attribute
from index.models import Article, Statement

SENTENCE = "She added that two other couriers were watching the case."
ARTICLE = Article(id="a1", text="The tribunal sat for nine days. " + SENTENCE, published=date(2024, 10, 9),
                  date_confidence="stated")
START = ARTICLE.text.index(SENTENCE)


def _statement(speaker: str, when=None) -> Statement:
    return Statement(id="s1", article_id="a1", speaker=speaker, speaker_as_written="She", act="added",
                     content="two other couriers were watching the case", quote_type="indirect",
                     start=START, end=START + len(SENTENCE), when_start=when)


def test_a_resolved_speaker_is_named_with_the_date():
    label = attribute(SENTENCE, _statement("Nadia Perrin", date(2024, 10, 8)), ARTICLE, "what", START)
    assert label == "Nadia Perrin, on 8 October 2024: "


def test_an_unresolved_pronoun_is_not_shown_as_a_speaker():
    label = attribute(SENTENCE, _statement("She", date(2024, 10, 8)), ARTICLE, "what", START)
    assert not label.startswith("She") and "8 October 2024" in label


def test_a_month_in_a_quoted_sentence_is_not_given_as_the_day_it_was_said():
    sentence = "The judge wrote that the board had approved the lease last November."
    article = Article(id="a2", text=sentence, published=date(2024, 3, 20), date_confidence="stated")
    st = Statement(id="s2", article_id="a2", speaker="Ruth Adair", speaker_as_written="The judge", act="wrote",
                   content="the board had approved the lease last November", quote_type="indirect",
                   start=0, end=len(sentence), when_start=date(2024, 3, 20), date_basis="publication")
    assert attribute(sentence, st, article, "when", 0) == "Ruth Adair, reported on 20 March 2024: "
    assert attribute(sentence, None, article, "when", 0) == "Last November (November 2023): "
