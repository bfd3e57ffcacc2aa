"""A reading asked of one place ("what temperature did Hallowby reach?") that the chosen sentence gives
only for another ("Temperatures reached 31C in Brennick, while Hallowby was spared the worst"): the
sentence may name the place asked, but its figure is tied to another place.

    What temperature was recorded in Hallowby?   "reached 31C in Brennick ... Hallowby residents told to stay in"   declined
    What temperature was recorded in Hallowby?   "the temperature in Hallowby reached 29C"                           answered

A figure is tied to the place named right after it ("31C in Brennick", "40mm at Brennick") or right
before it ("In Brennick, 31C"). A reading asked outright ("how warm did it get in hallowby", "what
was the temperature") that no chosen sentence gives at all ("The start in Hallowby will go ahead as
planned") is declined as well: a sentence naming the place is no reading of it. Questions are often
typed in lower case: the places asked are read from any word of the question that a chosen sentence
writes capitalised. Read from the question's and chosen sentence's text (regexes)."""

from __future__ import annotations

import re

_READING_ASKED = re.compile(r"\b(?:temperatures?|how\s+(?:hot|cold|warm|wet)|rainfall|how\s+much\s+(?:rain|snow)|snowfall|"
                            r"wind\s+speeds?|gusts?)\b", re.I)
# the reading itself is what is asked ("how warm did it get", "what was the temperature in X")
_READING_ITSELF = re.compile(r"^\s*(?:and\s+)?(?:how\s+(?:hot|cold|warm|wet|windy)\b|how\s+much\s+(?:rain|snow)\b|"
                            r"what\s+(?:was|is|were|will\s+be)?\s*(?:the\s+)?(?:\w+\s+)?(?:temperature|rainfall|snowfall)s?\b)", re.I)
# words that give a reading without a figure ("below freezing", "minus five")
_WORDED = re.compile(r"\b(?:freezing|below\s+zero|sub-zero|minus\s+\w+|degrees?)\b", re.I)
# a unit abbreviated or spelled out ("180mm", "180 millimetres", "two feet": "a foot of snow" is a reading too)
_FIGURE = re.compile(r"-?\d+(?:[.,]\d+)?\s?(?:°\s?[CF]?|C\b|F\b|degrees\b|mm\b|cm\b|inch(?:es)?\b|mph\b|km/h\b|"
                     r"(?:milli|centi)?met(?:re|er)s?\b|f(?:oo|ee)t\b|kilomet(?:re|er)s\s+(?:per|an)\s+hour\b)", re.I)
_PLACE = r"([A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)*)"
_AFTER = re.compile(r"^[^.;,\d]{0,25}?\b(?:in|at|for|across)\s+" + _PLACE)
_BEFORE = re.compile(r"\b(?:in|at|for)\s+" + _PLACE + r"[^.;\d]{0,40}$")
_NOT_PLACES = frozenset("The Sunday Monday Tuesday Wednesday Thursday Friday Saturday January February March April May June July "
                        "August September October November December".split())


def _asked_places(question: str, texts: list[str]) -> list[str]:
    """The question's capitalised words after its first, and its lower-case words that the chosen
    sentences write capitalised ("hallowby" for "Hallowby")."""
    words = re.findall(r"\b[A-Z][\w'’\-]+", question)
    asked = [w for w in words[1:] if w not in _NOT_PLACES]
    written = {w.lower(): w for t in texts for w in re.findall(r"\b[A-Z][\w'’\-]+", t) if w not in _NOT_PLACES}
    for w in re.findall(r"\b[a-z][\w'’\-]+", question):
        if w in written and written[w] not in asked:
            asked.append(written[w])
    return asked


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
    if _READING_ITSELF.search(q.text) and not any(_FIGURE.search(c.text) or _WORDED.search(c.text) for c in chosen):
        return chosen[0]  # "how warm did it get": no chosen sentence gives a reading at all
    asked = _asked_places(q.text, [c.text for c in chosen])
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
