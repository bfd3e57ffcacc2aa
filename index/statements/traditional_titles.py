"""A traditional leader named by a title and one name: "Senior Chief Kaomba", "Group Village Head
Mtambo", "Traditional Authority Nsamala". Papers in southern and eastern Africa
name chiefs and village heads so, with no given name, and NER rarely calls the lone word a person.
The leader is then a person of the cast, so a "he" or "she" after ("Group Village Head X bemoaned
the situation. Speaking at his home on Sunday, he said ...") is the leader, not whoever spoke last."""

from __future__ import annotations

import re

from index.statements.english_words import is_english_word

# The title's words: a rank before "Chief", "Village Head" with its grades, or a title of one word.
_TITLE = (r"(?:(?:Senior|Paramount|Principal|Sub-?|Acting)\s*)?Chief"
          r"|(?:Group\s+)?Village\s+(?:Head(?:man|woman)?|Chief)|Head(?:man|woman)"
          r"|Traditional\s+Authority(?:\s+\(TA\))?|TA|Inkosi|Nkosi|Kgosi|Induna")
_TITLED = re.compile(rf"(?<![\w-])({_TITLE})\s+([A-Z][a-z][\w'’-]*)\b(?!\s+[A-Z])")


def titled_leaders(text: str) -> list[tuple[int, str, str]]:
    """(offset of the name, the name, the title) of each leader named by a title and one name. A word
    of English after the title is a job ("Chief Executive", "Chief Whip"), never a name."""
    out = []
    for m in _TITLED.finditer(text):
        name = m.group(2)
        if is_english_word(name):
            continue
        out.append((m.start(2), name, re.sub(r"\s*\(TA\)", "", m.group(1))))
    return out
