"""A nationality the articles write as a city: "the Austrian importer" is their "a Graz importer".

`unknown_names` finds the question's "German" in no article and would decline the question with
"None of them mentions “German”". When a retrieved passage names a city of that country, the word
is not missing: the question is read with the city for the word, and the sentences of an article
that names the city count as holding it; other articles' do not (so a question about another place still scores low, and abstains on the score floor).
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.answering.terms import stems
from index.world import city_in, country_for

# A capitalised word or two ("Graz", "Nizhny Novgorod") read from a retrieved passage.
_PLACE = re.compile(r"\b[A-Z][^\W\d_]+(?:[\s\-][A-Z][^\W\d_]+)?")


def cities_for(missing: list[str], question: str, passages) -> dict[str, frozenset[str]]:
    """Of the `missing` stems, those a country word of the question whose cities the passages name: stem -> cities."""
    words = {stems(w)[0]: w for w in re.findall(r"[^\W\d_][\w\-]*", question) if stems(w)}
    found: dict[str, frozenset[str]] = {}
    for n in missing:
        word = words.get(n, n)
        if country_for(word) is None:
            continue
        cities = set()
        for sc in passages:
            for m in _PLACE.finditer(sc.chunk.text):
                for name in dict.fromkeys((m.group(0), m.group(0).split()[0].split("-")[0])):
                    if city_in(name, word):
                        cities.add(name)
        # "Ireland's minister ... the Cork plan": a city the question names itself is not what its
        # country word stands for; the word still asks for something the articles lack.
        cities = {c for c in cities if not re.search(rf"\b{re.escape(c)}\b", question)}
        if cities:
            found[n] = frozenset(cities)
    return found


def by_city(candidates, cities: dict[str, frozenset[str]]) -> None:
    """An article naming one of a country's cities is placed there: its sentences are scored as if
    they named the city (`as_city` asks for it). Other articles' sentences lack it, as before."""
    for names in cities.values():
        city = (stems(sorted(names)[0]) or [""])[0]
        placed = {c.chunk.chunk.article_id for c in candidates if any(name in c.chunk.chunk.text for name in names)}
        for c in candidates:
            if c.chunk.chunk.article_id in placed:
                c.terms = c.terms | {city}


def as_city(q, cities: dict[str, frozenset[str]]):
    """The question with each country word read as its city: "the Spanish harbour master" is
    looked for as the article's "the harbour master in Vigo"."""
    if not cities:
        return q
    swap = {stem: (stems(sorted(names)[0]) or [stem])[0] for stem, names in cities.items()}

    def swapped(terms):
        return tuple(dict.fromkeys(swap.get(t, t) for t in terms))

    return replace(q, terms=swapped(q.terms), names=swapped(q.names), speaker=swapped(q.speaker), role=swapped(q.role))
