"""A why-question that takes a thing as moving one way where the article says it moved the other
way, or stays where it is.

    Why have parking charges gone up since May?   "Parking charges have fallen by a third since May."
    Why are ferry fares rising next year?         "Fares will stay at £4 for the whole of next year."

The question's direction is a verb of rising or falling ("gone up", "rose", "halved", "dropped");
a sentence of the asked article on the same thing (LEAST_SHARED of the question's words in its
clause) says the other direction or no change ("stay at", "unchanged", "frozen"), and no sentence
read says the asked direction as done (a hope or forecast that "prices would rise" is none): that
sentence is the correction, an answer.
"""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from bot.answering.terms import stems

_UP = (r"(?:go|goes|gone|going|went)\s+up|ris(?:e|es|en|ing)|rose|increas(?:e|es|ed|ing)|climb(?:s|ed|ing)?|"
       r"soar(?:s|ed|ing)?|jump(?:s|ed|ing)?|doubl(?:e|ed|es|ing)|tripl(?:e|ed|es|ing)|more\s+expensive|dearer")
_DOWN = (r"(?:go|goes|gone|going|went)\s+down|down\s+from|reduc(?:e|es|ed|ing)|fall(?:s|en|ing)?|fell|drop(?:s|ped|ping)?|decreas(?:e|es|ed|ing)|"
         r"declin(?:e|es|ed|ing)|halv(?:e|ed|es|ing)|plung(?:e|es|ed|ing)|slump(?:s|ed|ing)?|tumbl(?:e|es|ed|ing)|"
         r"slash(?:ed|es|ing)?|cheaper")
_STEADY = (r"stay(?:s|ed|ing)?\s+(?:at|the\s+same|unchanged|put)|remain(?:s|ed|ing)?\s+(?:at|the\s+same|unchanged)|"
           r"(?:held|hold|holds|holding|kept|keep|keeps|frozen|freeze|freezes)\s+at|unchanged|(?:will|would|did|does)\s+not\s+(?:rise|go\s+up|increase|change)")
_WORD_UP = re.compile(rf"\b(?:{_UP})\b", re.I)
_WORD_DOWN = re.compile(rf"\b(?:{_DOWN})\b", re.I)
_WORD_STEADY = re.compile(rf"\b(?:{_STEADY})\b", re.I)
_WHY = re.compile(r"^\s*(?:and\s+)?why\s+(?:did|do|does|was|were|is|are|has|have|had|will|would)\s+(.+)$", re.I)
# A direction only hoped for, forecast or denied: "in the hope that prices would rise", "did not fall".
_NOT_DONE = re.compile(r"\b(?:would|could|might|may|will|to|if|not|never|n['’]t|expect\w*|hope\w*|forecast\w*|predict\w*|fear\w*)"
                       r"\s+(?:\w+\s+){0,2}?$", re.I)
_CLAUSE = re.compile(r"[;:—–]|,\s+(?:but|while|although|though|whereas|and)\b|\s-\s")
_QUESTION_WORDS = frozenset(stems("why did do does was were is are has have had will would since the a an"))
SCANNED = 12
CITED = 2  # "going down to one an hour" and "every 60 minutes, down from every 30": both told
LEAST_SHARED = 2


def direction_reversed(q, candidates: list[Candidate], article_id: str) -> list[Candidate] | None:
    """The sentences of article `article_id` (at most CITED) saying the question's rising (falling)
    thing fell (rose) or stays as it was, or None."""
    if q.kind != "why":
        return None
    m = _WHY.match(q.text)
    if m is None:
        return None
    rest = m.group(1)
    up, down = _WORD_UP.search(rest), _WORD_DOWN.search(rest)
    if bool(up) == bool(down) or re.search(r"\b(?:not|no|never|n['’]t)\b", rest, re.I):
        return None
    asked, other = (_WORD_UP, _WORD_DOWN) if up else (_WORD_DOWN, _WORD_UP)
    verb = up or down
    thing = set(stems(rest[: verb.start()] + " " + rest[verb.end():])) - _QUESTION_WORDS - set(stems(verb.group(0)))
    if len(thing) < LEAST_SHARED:
        return None
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == article_id), key=lambda c: -c.score)[:SCANNED]
    found: list[Candidate] = []
    for c in own:
        for clause in _CLAUSE.split(c.text):
            if len(thing & set(stems(clause))) < LEAST_SHARED:
                continue
            if _done(asked, clause):
                return None  # the asked direction is told: the premise holds
            if len(found) < CITED and c not in found and (_done(other, clause) or _WORD_STEADY.search(clause)):
                found.append(c)
    return found or None


def _done(words: re.Pattern, clause: str) -> bool:
    return any(not _NOT_DONE.search(clause[: w.start()]) for w in words.finditer(clause))
