"""A given name written short with a point ("Regional Director Ma. Luisa Reyes", "Wm. Hart"):
the point is no sentence's end, though a capitalised word follows it.

"Jack Ma. He said" stays two sentences: after a given name the word is a surname.
"""

from __future__ import annotations

import re

from index.vocabulary import vocabulary

_LAST_WORDS = re.compile(r"(?:([A-Za-z][\w'’\-]*)\s+)?([A-Za-z]+)\.$")


def shortened_given_name(before: str, after: str) -> bool:
    """`before` ends in a given name's short form with its point and `after` opens with a
    capitalised word, the rest of the name."""
    m = _LAST_WORDS.search(before.rstrip())
    if not m or not m.group(2)[:1].isupper():
        return False
    if not after.lstrip()[:1].isupper() or after.lstrip()[:1] in "\"'“‘":
        return False
    if m.group(2).lower() in vocabulary().point_abbreviations and m.group(2)[1:].islower():
        return True  # "said Sto. Linhares Mayor X", "said Engr. Lito Cruz": a place's or a title's short form
    if m.group(2).lower() not in vocabulary().given_name_abbreviations:
        return False
    prev = m.group(1) or ""
    if prev[:1].isupper():  # "Director Ma." is her name's start; "Jack Ma." is his surname
        v = vocabulary()
        low = prev.lower()
        return v.is_role(low) or v.is_title(prev) or low in v.organisations or low in v.role_modifiers
    return True
