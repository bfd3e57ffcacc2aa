"""A traditional leader named by a title and one name: "Senior Chief Kaomba", "Group Village Head
Mtambo", "Traditional Authority Nsamala". Papers in southern and eastern Africa
name chiefs and village heads so, with no given name, and NER rarely calls the lone word a person.
The leader is then a person of the cast, so a "he" or "she" after ("Group Village Head X bemoaned
the situation. Speaking at his home on Sunday, he said ...") is the leader, not whoever spoke last.
The titles are the vocabulary's `leader_titles`."""

from __future__ import annotations

import re
from functools import lru_cache

from index.statements.english_words import is_english_word
from index.vocabulary import vocabulary


@lru_cache(maxsize=1)
def _titled() -> re.Pattern:
    # Longest title first, so "Group Village Head X" is not read as "Village Head" + "X"
    titles = sorted(vocabulary().leader_titles, key=len, reverse=True)
    title = "|".join(r"\s+".join(re.escape(w) for w in t.split()) for t in titles)
    return re.compile(rf"(?<![\w-])({title})\s+([A-Z][a-z][\w'’-]*)\b(?!\s+[A-Z])")


def titled_leaders(text: str) -> list[tuple[int, str, str]]:
    """(offset of the name, the name, the title) of each leader named by a title and one name. A word
    of English after the title is a job ("Chief Executive", "Chief Whip"), never a name."""
    out = []
    for m in _titled().finditer(text):
        name = m.group(2)
        if is_english_word(name):
            continue
        out.append((m.start(2), name, re.sub(r"\s*\(TA\)", "", m.group(1))))
    return out
