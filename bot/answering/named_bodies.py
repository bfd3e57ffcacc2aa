"""Which words of a sentence are part of a body's or a place's name: "The Bholakhali Government
Primary School" names a school, not a Mr Bholakhali, though an article's capitalised runs (read at
ingest, index/article_people.py) may hold "Bholakhali" as someone's surname. A run of capitalised
words holding a word for a body, a venue or a place ("Government", "School", "Council", "Ltd") is
such a name, unless the run is exactly a person the article names ("Anna Hall"); a person's name the
run begins with ("Ann Okafor of Marrowfield Council") is left out of it."""

from __future__ import annotations

import re
from functools import cache

from index.vocabulary import vocabulary

_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+(?:of|for|and|&|the)?\s*[A-Z][\w'’-]*)*")


@cache
def _not_a_person() -> frozenset[str]:
    v = vocabulary()
    return frozenset(w.lower() for w in v.body_nouns | v.organisation_name_words | v.venue_nouns | v.place_nouns
                     if " " not in w)


def body_name_spans(text: str, people=()) -> list[tuple[int, int]]:
    """(start, end) of each run of capitalised words in `text` that names a body or a place."""
    persons = {p.name for p in people}
    words = _not_a_person()
    spans = []
    for m in _RUN.finditer(text):
        run = m.group(0)
        parts = [w.lower().strip("'’").removesuffix("'s").removesuffix("’s") for w in run.split()]
        if len(parts) < 2 or run in persons or not any(w in words or w.rstrip("s") in words for w in parts[1:]):
            continue
        start = m.start()
        for name in persons:  # "Ann Okafor of Marrowfield Council": the person before the body is no part of it
            if len(name.split()) >= 2 and (at := run.find(name)) >= 0:
                start = max(start, m.start() + at + len(name))
        spans.append((start, m.end()))
    return spans


def inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)
