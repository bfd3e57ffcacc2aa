""""Which country are the new parts coming from?": the answer names a country ("ordered from a
supplier in Uruguay"), while the lede holding more of the question's words names only the village and
its region. Sentences naming a country (its name as the world data spells it, or its adjective) are
weighed over those that name none, when one does."""

from __future__ import annotations

import re

from bot.answering.candidates import Candidate
from index.world import country_for, demonyms_of

_ASKS = re.compile(r"^\s*(?:and\s+)?(?:(?:in|from|to)\s+)?(?:which|what)\s+countr(?:y|ies)\b", re.I)
_RUN = re.compile(r"\b[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,2}")
COUNTRY = 0.2
NO_COUNTRY = 0.7


def asks_country(question: str) -> bool:
    return bool(_ASKS.match(question))


def names_country(text: str) -> bool:
    """A country named by its own name or its adjective ("Uruguay", "Uruguayan"), not a word the world
    data only resembles."""
    for m in _RUN.finditer(text):
        run = m.group(0)
        country = country_for(run)
        if country is not None and (run.lower() == country.lower() or run.lower() in {d.lower() for d in demonyms_of(country)}):
            return True
    return False


def weigh_countries(question: str, candidates: list[Candidate]) -> None:
    if not asks_country(question):
        return
    found = [names_country(c.text) for c in candidates]
    if not any(found):
        return
    for c, hit in zip(candidates, found):
        if hit:
            c.score += COUNTRY
        else:
            c.score *= NO_COUNTRY
