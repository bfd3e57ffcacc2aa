"""A why-question that puts an act in one season where the asked article puts it in another.

    Why is the ferryman retiring in the summer?
        "This winter is his last."  /  "he will keep the ferry running ... until the end of February"
      -> "The articles do not say so; they report: ..." citing those sentences

The question names a season ("in the summer", "this spring", "next autumn"). A sentence of the asked
article's best on the asked party (all the question's names) or act names another season as a time
("this winter", "over the winter") or a month that falls in neither hemisphere's asked season as a
bound ("until the end of February": winter in the north, summer in the south, so it contradicts
neither of those and only spring or autumn). A sentence with the act and the asked season keeps
the premise (the article says so).
"""

from __future__ import annotations

import re
from functools import cache

from bot.answering.candidates import Candidate
from bot.answering.terms import stems

SCANNED = 12
MOST_CITED = 2
_SEASONS = ("summer", "winter", "spring", "autumn", "fall")
# The question's season as a time: "in the summer", "this spring", "by next autumn".
_ASKED = re.compile(r"\b(?:in|this|next|over|during|by|for)\s+(?:the\s+|this\s+|next\s+)?(summer|winter|spring|autumn)\b", re.I)
# Months outside the asked season in both hemispheres (summer and winter are swapped south of the
# equator, so months of spring or autumn are the only ones that contradict either; and the other way round).
_SPRING_OR_AUTUMN = ("march", "april", "may", "september", "october", "november")
_SUMMER_OR_WINTER = ("december", "january", "february", "june", "july", "august")
_BOUND = r"\b(?:until|till|through|by|before|after)\s+(?:the\s+(?:end|start|beginning|middle)\s+of\s+|mid-?)?({months})\b"


@cache
def _other_time(season: str) -> re.Pattern:
    others = [s for s in _SEASONS if s != season and not {s, season} <= {"autumn", "fall"}]
    months = _SPRING_OR_AUTUMN if season in ("summer", "winter") else _SUMMER_OR_WINTER
    return re.compile(r"\b(?:this|next|the\s+coming|(?:in|over|through|during|until|by)\s+the)\s+(" + "|".join(others) + r")\b"
                      + "|" + _BOUND.format(months="|".join(months)), re.I)


@cache
def _last(season: str) -> re.Pattern:
    """"This winter is her last": the season of the end, told without the act's word."""
    return re.compile(r"\b(?:this|next)\s+(" + "|".join(s for s in _SEASONS if s != season) + r")\s+(?:is|will\s+be)\s+"
                      r"(?:his|her|their|its|my|our)\s+last\b", re.I)


def other_season(q, own: list[Candidate]) -> list[Candidate] | None:
    """The asked article's sentences that put the act in another season than the question's, or None."""
    if q.kind != "why" or not own:
        return None
    m = _ASKED.search(q.text)
    if m is None:
        return None
    season = m.group(1).lower()
    season = "autumn" if season == "fall" else season
    act = set(stems(q.predicate.lemma)) if q.predicate is not None else set()
    names = set(q.names)
    if not act and not names:
        return None
    # the asked season by name, or by a month that falls in it in either hemisphere ("signed in July")
    months = _SUMMER_OR_WINTER if season in ("summer", "winter") else _SPRING_OR_AUTUMN
    asked_here = re.compile(rf"\b(?:{season}|" + "|".join(months) + r")\b" + (r"|\bfall\b" if season == "autumn" else ""), re.I)
    other, last = _other_time(season), _last(season)
    found = []
    for c in own[:SCANNED]:
        with_act = bool(act) and act <= c.terms
        if with_act and asked_here.search(c.text):
            return None  # "she retires in the summer" / "signed in July": the article says so
        about = with_act or (bool(names) and names <= c.terms)
        if (about and other.search(c.text)) or last.search(c.text):
            found.append(c)
    return found[:MOST_CITED] or None
