"""A question that sets one thing aside: "Apart from Wells, where will toilets be shut?", "Besides the
mayor, who objected?". The thing set aside is no answer, and its name is not a word the answer
must share: a sentence naming only it is weighed down, one naming something else of the kind
(another place after "in", "at", "near"; another capitalised name) up.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.people import term_match
from bot.answering.terms import stems

ONLY_THE_EXCLUDED = 0.4
ANOTHER_NAMED = 0.15
# The sentence that names the thing set aside beside another of its kind ("one at the cattle market in
# Stennard and one at an office in Marlow Cross") lists what the question's "apart from" takes from:
# it answers over a sentence that names another place for another reason ("to replace the one at X").
BESIDE_THE_EXCLUDED = 0.3

_APART = r"(?:apart from|aside from|besides|other than|except(?: for)?|excluding)"  # what sets a thing aside
_SET_ASIDE = re.compile(rf"\b(?:{_APART}|beyond)\s+"
                        r"((?:the\s+)?(?:[A-Z][\w'’\-]*|of|on|the|upon)(?:\s+(?:[A-Z][\w'’\-]*|of|on|the|upon)){0,4})", re.I)
# "in Selwick and Aranmore", "at Dunmarra": a place the sentence names.
_PLACE = re.compile(r"\b(?:in|at|near|from|to|outside|around)\s+(?:the\s+)?((?:[A-Z][\w'’\-]+)(?:[\s,]+(?:and\s+)?[A-Z][\w'’\-]+)*)")


_NAME = re.compile(r"\b[A-Z][a-z][\w'’\-]*")
_OPENS = re.compile(r"^\W*$")  # nothing but punctuation before: the sentence's (or quote's) first word


# "apart from the cattle market, where ...": a place typed without capitals, up to the comma before
# "where" ("apart from fixing the offset, what else ..." sets an act aside, which other words may repeat)
_SET_ASIDE_PHRASE = re.compile(rf"\b{_APART}\s+"
                               r"((?:[\w'’\-]+\s+){0,4}?[\w'’\-]+)\s*,\s*where\b", re.I)
_DETERMINERS = frozenset("the a an its their his her this that".split())


def set_aside(question: str) -> frozenset[str]:
    """The stems of the name the question sets aside ("Apart from Wells, ..." -> {"well"}; "apart from
    the cattle market, where ..." -> {"cattl", "market"})."""
    m = _SET_ASIDE.search(question)
    words = [w for w in re.findall(r"[\w'’\-]+", m.group(1)) if w[:1].isupper()] if m else []
    if not words and (phrase := _SET_ASIDE_PHRASE.search(question)):
        words = [w for w in re.findall(r"[\w'’\-]+", phrase.group(1)) if w.lower() not in _DETERMINERS]
    return frozenset(t for w in words for t in stems(w))


def _names_aside(aside: frozenset[str], terms: frozenset[str]) -> bool:
    """The sentence names the thing set aside, in another form of its word too ("the printer" /
    "the printing contractor")."""
    return any(term_match(t, terms) for t in aside)


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
    others_of = {}
    for c in candidates:
        if place:
            named = [w for m in _PLACE.finditer(c.text) for w in re.findall(r"[A-Z][\w'’\-]+", m.group(1))]
        else:  # "which batter apart from Kolbrand": another name, anywhere but the sentence's first word
            named = [m.group(0) for m in _NAME.finditer(c.text) if m.start() > 0 and not _OPENS.match(c.text[:m.start()])]
        others_of[id(c)] = [w for w in named if not set(stems(w)) & aside] \
            if aside <= article_terms(c.chunk.chunk.article_id) else []
    # where one sentence lists the thing set aside with others, a name elsewhere is no sign of an answer
    names = {id(c): _names_aside(aside, c.terms) for c in candidates}
    listed = any(others_of[id(c)] and names[id(c)] for c in candidates)
    for c in candidates:
        if others_of[id(c)] and names[id(c)]:
            c.score += ANOTHER_NAMED + BESIDE_THE_EXCLUDED
        elif others_of[id(c)] and not listed:
            c.score += ANOTHER_NAMED
        elif names[id(c)]:
            c.score *= ONLY_THE_EXCLUDED
