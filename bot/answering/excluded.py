"""A question that sets one thing aside: "Apart from Wells, where will toilets be shut?", "Besides the
mayor, who objected?". The thing set aside is no answer, and its name is not a word the answer
must share: a sentence naming only it is weighed down, one naming something else of the kind
(another place after "in", "at", "near"; another capitalised name) up.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems

ONLY_THE_EXCLUDED = 0.4
ANOTHER_NAMED = 0.15

_SET_ASIDE = re.compile(r"\b(?:apart from|aside from|besides|other than|except(?: for)?|excluding|beyond)\s+"
                        r"((?:the\s+)?(?:[A-Z][\w'’\-]*|of|on|the|upon)(?:\s+(?:[A-Z][\w'’\-]*|of|on|the|upon)){0,4})", re.I)
# "in Selwick and Aranmore", "at Dunmarra": a place the sentence names.
_PLACE = re.compile(r"\b(?:in|at|near|from|to|outside|around)\s+(?:the\s+)?((?:[A-Z][\w'’\-]+)(?:[\s,]+(?:and\s+)?[A-Z][\w'’\-]+)*)")


_NAME = re.compile(r"\b[A-Z][a-z][\w'’\-]*")
_OPENS = re.compile(r"^\W*$")  # nothing but punctuation before: the sentence's (or quote's) first word


def set_aside(question: str) -> frozenset[str]:
    """The stems of the name the question sets aside ("Apart from Wells, ..." -> {"well"})."""
    m = _SET_ASIDE.search(question)
    if m is None:
        return frozenset()
    words = [w for w in re.findall(r"[\w'’\-]+", m.group(1)) if w[:1].isupper()]
    return frozenset(t for w in words for t in stems(w))


def without_set_aside(terms: tuple[str, ...], question: str) -> tuple[str, ...]:
    """The question's terms but the set-aside name and the words that set it aside."""
    aside = set_aside(question)
    if not aside:
        return terms
    return tuple(t for t in terms if t not in aside and t not in ("apart", "asid", "besid", "except", "exclud"))


def weigh_set_aside(question: str, candidates: list[Candidate], article_terms, place: bool = True) -> None:
    """`article_terms(id)`: an article's stems; another place (for a where-question, `place`) or another
    name is an answer in the story that names the one set aside."""
    aside = set_aside(question)
    if not aside:
        return
    for c in candidates:
        if place:
            named = [w for m in _PLACE.finditer(c.text) for w in re.findall(r"[A-Z][\w'’\-]+", m.group(1))]
        else:  # "which batter apart from Kolbrand": another name, anywhere but the sentence's first word
            named = [m.group(0) for m in _NAME.finditer(c.text) if m.start() > 0 and not _OPENS.match(c.text[:m.start()])]
        others = [w for w in named if not set(stems(w)) & aside]
        if others and aside <= article_terms(c.chunk.chunk.article_id):
            c.score += ANOTHER_NAMED
        elif aside & c.terms:
            c.score *= ONLY_THE_EXCLUDED
