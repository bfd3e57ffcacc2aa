"""The words a bare number counts: "more than thirty irrigation businesses" counts businesses. A
figure asked by name ("revenue") is written before its number, a count's noun after it, so a word a
number counts is never the figure's name in other words (asked.names_the_figure)."""

from __future__ import annotations

import re

from bot.answering.question import _AMOUNT

_PHRASE_END = re.compile(r"[,.;:!?\"“”()]")
COUNTED_WORDS = 3  # "thirty irrigation businesses", "forty new delivery vans"


def words_a_number_counts(text: str) -> set[str]:
    """The lower-case words of up to COUNTED_WORDS after each number of `text`, to the phrase's end."""
    out: set[str] = set()
    for m in _AMOUNT.finditer(text):
        after = _PHRASE_END.split(text[m.end():m.end() + 60], maxsplit=1)[0]
        out.update(w.lower() for w in after.split()[:COUNTED_WORDS])
    return out
