"""A reading asked of one place ("what temperature did Hallowby reach?") that the chosen sentence gives
only for another ("Temperatures reached 31C in Brennick, while Hallowby was spared the worst"): the
sentence may name the place asked, but its figure is tied to another place.

    What temperature was recorded in Hallowby?   "reached 31C in Brennick ... Hallowby residents told to stay in"   declined
    What temperature was recorded in Hallowby?   "the temperature in Hallowby reached 29C"                           answered

A figure is tied to the place named right after it ("31C in Brennick", "40mm at Brennick") or right
before it ("In Brennick, 31C"). Read from the question's and chosen sentence's text (regexes)."""

from __future__ import annotations

import re

_READING_ASKED = re.compile(r"\b(?:temperatures?|how\s+(?:hot|cold|warm|wet)|rainfall|how\s+much\s+(?:rain|snow)|snowfall|"
                            r"wind\s+speeds?|gusts?)\b", re.I)
_FIGURE = re.compile(r"-?\d+(?:[.,]\d+)?\s?(?:°\s?[CF]?|C\b|F\b|degrees\b|mm\b|cm\b|inches\b|mph\b|km/h\b)", re.I)
_PLACE = r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)"
_AFTER = re.compile(r"^[^.;,\d]{0,25}?\b(?:in|at|for|across)\s+" + _PLACE)
_BEFORE = re.compile(r"\b(?:in|at|for)\s+" + _PLACE + r"[^.;\d]{0,40}$")
_NOT_PLACES = frozenset("The Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June July "
                        "August September October November December".split())


def _asked_places(question: str) -> list[str]:
    words = re.findall(r"\b[A-Z][\w'’\-]+", question)
    return [w for w in words[1:] if w not in _NOT_PLACES]


def _place_of(text: str, m: re.Match) -> str | None:
    after = _AFTER.match(text[m.end():])
    if after and after.group(1).split()[0] not in _NOT_PLACES:
        return after.group(1)
    before = _BEFORE.search(text[:m.start()])
    if before and before.group(1).split()[0] not in _NOT_PLACES:
        return before.group(1)
    return None


def other_place_figure(q, chosen: list) -> object | None:
    """chosen[0] when a reading is asked of a named place and every figure the chosen sentences give
    is tied to another named place; else None."""
    if not chosen or not _READING_ASKED.search(q.text):
        return None
    asked = _asked_places(q.text)
    if not asked:
        return None
    tied = False
    for c in chosen:
        for m in _FIGURE.finditer(c.text):
            place = _place_of(c.text, m)
            if place is None or any(a in place for a in asked):
                return None  # a figure of the place asked, or of no place said
            tied = True
    return chosen[0] if tied else None
