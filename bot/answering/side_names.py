"""The name an article gives a comparison's side that the question only describes.

    the Finnish boss    "Rival Corvo Oy of Finland", "the Finnish rival Corvo"   -> corvo
    the Swedish side    "Swedish boiler maker Lindmark AB said"                  -> lindmark
    the sponsor         "its biggest sponsor, the bank Castellan Trust, ..."     -> castellan

With that name a speaker described by it ("Corvo's chief executive, Anna K, said") speaks for the side.
"""

from __future__ import annotations

import re

from bot.answering.people import _LEADER_STEMS
from bot.answering.terms import stems

_NAME = r"((?:[A-Z][\w'’\-]*)(?:\s+[A-Z][\w'’\-]*){0,3})"
# "heat pump maker", "telecoms company": words before a name, no verb ("reported") nor preposition among them.
_FILLER = r"(?:(?!(?:on|in|at|to|of|for|by|with|from|and|or|but|the|a|an|said|says|told)\b)[a-z][\w\-]*(?<!ed)\s+){0,3}"
_NOT_NAMES = frozenset("the a an its their his her this that these those in on at of for and but".split())
_CALENDAR = frozenset(stems(" ".join(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december".split())))


def names_for(words: set[str], place_words: set[str], texts) -> set[str]:
    """Stems of the names `texts` attach to a side: after its demonym or place ("Finnish rival X",
    "X of Finland", "Finland's X"), or in apposition to its noun ("its sponsor, the bank X")."""
    out: set[str] = set()
    for text in dict.fromkeys(texts):
        for m in re.finditer(rf"\b([A-Z][\w'’\-]*)\s+{_FILLER}{_NAME}", text):
            if _is(m.group(1), place_words):
                out |= _first(m.group(2), words | place_words)  # "Swedish heat pump maker Lindmark AB"
        for m in re.finditer(rf"{_NAME}\s+of\s+(?:the\s+)?([A-Z][\w'’\-]*)", text):
            if _is(m.group(2), place_words):
                name = m.group(1)
                if m.start(1) == 0 and len(name.split()) > 1:
                    name = name.split(maxsplit=1)[1]  # "Rival Corvo Oy of Finland": a sentence's first word is any word
                out |= _first(name, words | place_words)  # "Corvo Oy of Finland"
        for m in re.finditer(rf"\b([A-Z][\w'’\-]*)['’]s?\s+{_NAME}", text):
            if _is(m.group(1), place_words):
                out |= _first(m.group(2), words | place_words)  # "Finland's Corvo"
        # "its main sponsor, the insurer X" (not "a second union, the smaller X": another one)
        for m in re.finditer(rf"\b(?:[Ii]ts|[Tt]heir|[Tt]he|[Hh]is|[Hh]er|[Oo]ur)\s+(?:[a-z][\w\-]*\s+){{0,2}}?([a-z][\w\-]*),"
                             rf"\s+(?:the|a|an)\s+{_FILLER}{_NAME}", text):
            if _is(m.group(1), words):
                out |= _first(m.group(2), words | place_words)  # "its biggest sponsor, the bank Castellan Trust"
    return out


def _is(word: str, stemmed: set[str]) -> bool:
    return bool(set(stems(word)) & stemmed)


def _first(name: str, side_words: set[str]) -> set[str]:
    """The name's first word that is no side word nor function word: what the article calls it by."""
    for w in name.split():
        if w.lower() in _NOT_NAMES:
            continue
        s = stems(w)
        if s and not set(s) & (side_words | _CALENDAR):
            return {s[0]}
        return set()
    return set()


def ledes(candidates) -> dict[str, frozenset[str]]:
    """article id -> the terms of its first two paragraphs: what the report is about."""
    out: dict[str, set[str]] = {}
    for c in candidates:
        if c.chunk.chunk.paragraph <= 2:
            out.setdefault(c.chunk.chunk.article_id, set()).update(c.terms)
    return {k: frozenset(v) for k, v in out.items()}


def heads_own_body(speaker: str, described: str) -> bool:
    """The speaker is described by a leader's title and no body's name: "Chief Executive Anna K"
    (not "Corvo's chief executive, X"), so leads the body the report is about."""
    own = set(stems(speaker)) | _LEADER_STEMS
    capitals = {t for w in re.findall(r"\b[A-Z][\w'’\-]*", described) for t in stems(w)} - own
    return bool(set(stems(described)) & _LEADER_STEMS) and not capitals
