"""Which of an article's people a sentence names, or is said by."""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.people import Person, people_of_articles


def people_by_article(article_ids, corpus) -> dict[str, tuple[Person, ...]]:
    """Article id -> the people the article names (an unknown article names none), stored at
    ingest and read in one query (people.py)."""
    articles = {aid: corpus.article(aid) for aid in dict.fromkeys(article_ids)}
    found = people_of_articles([a for a in articles.values() if a is not None], corpus)
    return {aid: found[aid] if a is not None else () for aid, a in articles.items()}


def named_people(text: str, people: tuple[Person, ...]) -> list[Person]:
    """The people whose surname the text writes as a whole word ("Holt's", not "Holtby"). Of two
    people of one surname, a text writing one's given name ("Lena Holt is not related to the
    chairman") names her, not him; a bare "Holt" may be either."""
    found = [p for p in people if _writes_word(text, p.surname)]
    if len(found) < 2 or len({p.surname for p in found}) == len(found):
        return found
    return [p for p in found if not _namesake_named(text, p, found)]


def _namesake_named(text: str, person: Person, found: list[Person]) -> bool:
    """Another of `person`'s surname is named by a given name the text writes, and `person` is not."""
    def given(p: Person) -> bool:
        return any(_writes_word(text, w) for w in p.name.split()[:-1] if w[:1].isupper() and len(w) > 2)

    namesakes = [p for p in found if p is not person and p.surname == person.surname]
    return bool(namesakes) and not given(person) and any(given(p) for p in namesakes)


# A surname of word characters and hyphens stands alone (no such character either side) exactly
# where it is a whole run of them: the text's runs, kept per text, replace a regular expression
# compiled per surname (most surnames of a new question's articles are new to the pattern cache).
_RUN_OF_WORD = re.compile(r"[\w-]+")


def _writes_word(text: str, word: str) -> bool:
    if _RUN_OF_WORD.fullmatch(word):
        return word in _runs(text)
    return re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text) is not None


def writes_word(text: str, word: str) -> bool:
    """Whether `text` writes `word` (a surname) as a whole word."""
    return _writes_word(text, word)


@lru_cache(maxsize=4096)
def _runs(text: str) -> frozenset[str]:
    return frozenset(_RUN_OF_WORD.findall(text))


def said_by(c, speaker: str | None) -> bool:
    """The candidate is a statement of `speaker`."""
    return speaker is not None and c.statement is not None and c.statement.speaker == speaker
