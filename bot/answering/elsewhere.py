"""A question about a place where the best sentence tells the like of it somewhere else.

    How many homes in Carrowmore were flooded?   "Floods hit 300 homes in Ballyduff and nearby
                                                 villages." (Carrowmore only in "my sister lives
                                                 in Carrowmore")
      -> the articles do not say it of Carrowmore: "The articles do not say; they report only: ..."

The place the question puts the thing in ("in X", "at X", "near X") is not in the best sentence's
paragraph, nor in its article's title or lede (which may name the region the paragraph's place
lies in); that sentence puts it in another place; and no sentence of the article that names X
holds the question's own words. Read only for questions with such a place: a regex over the
question first.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems
from index.sentence_vectors import sentence_text
from index.statements.dates import MONTHS, WEEKDAYS
from index.world import city_in, country_for, demonyms_of

_PLACE = r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)"
_LOCATIVE = re.compile(r"\b(?:in|at|near|outside|around)\s+" + _PLACE)
_NOT_PLACES = frozenset(MONTHS) | frozenset(WEEKDAYS)
_HEAD_PARAGRAPHS = 6
_PROSE = 80  # characters of a paragraph of prose, longer than a running head, a headline or a scan note
_PROSE_END = re.compile(r"[.!?,\"”’']\s*$")
_KINDS = ("how-many", "what", "when")  # a who-question's answer, a person, need not name the place


def _places(text: str) -> list[str]:
    out = []
    for m in _LOCATIVE.finditer(text):
        place = re.sub(r"['’]s$", "", m.group(1))
        if place.split()[0].lower() not in _NOT_PLACES and place.split()[0] not in ("I", "The"):
            out.append(place)
    return out


def told_elsewhere(q, chosen: list[Candidate], corpus) -> Candidate | None:
    """The best chosen sentence, when it tells what is asked of another place than the question's;
    else None."""
    if q.kind not in _KINDS or not chosen:
        return None
    asked = _places(q.text)
    if not asked:
        return None
    best = chosen[0]
    others = [p for p in _places(best.text) if p not in q.text]
    if not others:
        return None  # the sentence names no other place: it may well be of the one asked
    article_id = best.chunk.chunk.article_id
    chunks = corpus.chunks_of(article_id)
    article = corpus.article(article_id)
    head = f"{getattr(article, 'title', '') or ''} {' '.join(c.text for c in _lede_paragraphs(chunks))}"
    for place in asked:
        named = _named(place)
        if named.search(best.chunk.chunk.text) or named.search(head):
            continue
        country = country_for(place)
        if country is not None and any(city_in(p, country) for p in others):
            continue  # "its factory in Poland" / "its plant in Wrocław": a place inside the one asked
        own = set(stems(place))
        content = {t for t in q.terms if t not in q.names and t not in own}
        if not content:
            continue
        if any(len(content & set(stems(s))) * 2 >= len(content) for s in _sentences_naming(chunks, named)):
            continue  # the article tells the thing of that place somewhere: the usual answer
        return best
    return None


def _lede_paragraphs(chunks) -> list:
    """The paragraphs up to the lede, the first of prose: a scan note, a running head and a headline may
    stand above it ("[Scanned from microfilm ...]", "THE ADVERTISER, THURSDAY, ... Page 5")."""
    out = []
    for c in chunks[:_HEAD_PARAGRAPHS]:
        out.append(c)
        if len(c.text) >= _PROSE and _PROSE_END.search(c.text):
            break
    return out


def _named(place: str) -> re.Pattern:
    """The place by its name or, a country, by its own adjective ("Poland" / "Polish")."""
    country = country_for(place)
    forms = [place, *((country, *demonyms_of(country)) if country else ())]
    return re.compile(r"\b(?:" + "|".join(re.escape(f) for f in dict.fromkeys(forms)) + r")\b", re.I)  # "ZANESVILLE, Ohio -"


def _sentences_naming(chunks, named: re.Pattern) -> list[str]:
    out = []
    for ch in chunks:
        if not named.search(ch.text):
            continue
        for span in ch.sentences:
            text = sentence_text(ch, span)
            if named.search(text):
                out.append(text)
    return out
