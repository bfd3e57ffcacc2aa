"""Which of an article's people a sentence names, or is said by."""

from __future__ import annotations

import re

from bot.answering.people import Person, people_of


def people_by_article(article_ids, corpus) -> dict[str, tuple[Person, ...]]:
    """Article id -> the people the article names (an unknown article names none)."""
    out = {}
    for article_id in dict.fromkeys(article_ids):
        article = corpus.article(article_id)
        out[article_id] = people_of(article) if article is not None else ()
    return out


def named_people(text: str, people: tuple[Person, ...]) -> list[Person]:
    """The people whose surname the text writes as a whole word ("Holt's", not "Holtby")."""
    return [p for p in people if re.search(rf"(?<![\w-]){re.escape(p.surname)}(?![\w-])", text)]


def said_by(c, speaker: str | None) -> bool:
    """The candidate is a statement of `speaker`."""
    return speaker is not None and c.statement is not None and c.statement.speaker == speaker
