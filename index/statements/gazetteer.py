"""Small built-in tables: countries (demonym, capitals), title words, role phrases.

General knowledge only; nothing here is keyed to particular articles.
"""

from __future__ import annotations

import re
from functools import lru_cache

# country | demonym(s) | capitals and other metonyms for its government
_COUNTRIES = """
Armenia|Armenian|Yerevan
Azerbaijan|Azerbaijani,Azeri|Baku
Russia|Russian|Moscow,Kremlin
Nagorno-Karabakh|Karabakh,Artsakh|Stepanakert
Georgia|Georgian|Tbilisi
Turkey|Turkish|Ankara
Iran|Iranian|Tehran
Ukraine|Ukrainian|Kyiv,Kiev
Belarus|Belarusian|Minsk
Kazakhstan|Kazakh|Astana
Kyrgyzstan|Kyrgyz|Bishkek
Uzbekistan|Uzbek|Tashkent
Tajikistan|Tajik|Dushanbe
Moldova|Moldovan|Chisinau
United States|U.S.,US,American|Washington
United Kingdom|British,UK,U.K.|London
France|French|Paris
Germany|German|Berlin
Italy|Italian|Rome
Spain|Spanish|Madrid
Poland|Polish|Warsaw
China|Chinese|Beijing
Japan|Japanese|Tokyo
India|Indian|New Delhi
Pakistan|Pakistani|Islamabad
Israel|Israeli|Jerusalem
Egypt|Egyptian|Cairo
Saudi Arabia|Saudi|Riyadh
Syria|Syrian|Damascus
Iraq|Iraqi|Baghdad
Serbia|Serbian|Belgrade
Kosovo|Kosovar|Pristina
Hungary|Hungarian|Budapest
Romania|Romanian|Bucharest
Bulgaria|Bulgarian|Sofia
Greece|Greek|Athens
Cyprus|Cypriot|Nicosia
Lithuania|Lithuanian|Vilnius
Latvia|Latvian|Riga
Estonia|Estonian|Tallinn
Finland|Finnish|Helsinki
Sweden|Swedish|Stockholm
Norway|Norwegian|Oslo
Canada|Canadian|Ottawa
Mexico|Mexican|Mexico City
Brazil|Brazilian|Brasilia
Argentina|Argentine,Argentinian|Buenos Aires
Mongolia|Mongolian|Ulaanbaatar
Turkmenistan|Turkmen|Ashgabat
Afghanistan|Afghan|Kabul
Austria|Austrian|Vienna
Switzerland|Swiss|Bern
Netherlands|Dutch|Amsterdam,The Hague
Belgium|Belgian|Brussels
Portugal|Portuguese|Lisbon
Ireland|Irish|Dublin
Denmark|Danish|Copenhagen
Czech Republic|Czech|Prague
Slovakia|Slovak|Bratislava
Croatia|Croatian|Zagreb
Bosnia|Bosnian|Sarajevo
Albania|Albanian|Tirana
North Macedonia|Macedonian|Skopje
Montenegro|Montenegrin|Podgorica
Slovenia|Slovenian|Ljubljana
Qatar|Qatari|Doha
United Arab Emirates|Emirati|Abu Dhabi
Jordan|Jordanian|Amman
Lebanon|Lebanese|Beirut
South Korea|South Korean|Seoul
North Korea|North Korean|Pyongyang
Australia|Australian|Canberra
South Africa|South African|Pretoria
Nigeria|Nigerian|Abuja
European Union|EU,European|Brussels
"""

COUNTRY_OF: dict[str, str] = {}  # lowercased country name, demonym or capital -> country
DEMONYM: dict[str, str] = {}  # country -> first demonym
CAPITALS: dict[str, str] = {}  # capital/metonym -> country
for _line in _COUNTRIES.strip().splitlines():
    _c, _dems, _caps = _line.split("|")
    DEMONYM[_c] = _dems.split(",")[0]
    for _w in [_c, *_dems.split(",")]:
        COUNTRY_OF[_w.lower()] = _c
    for _w in _caps.split(","):
        CAPITALS[_w.lower()] = _c
        COUNTRY_OF.setdefault(_w.lower(), _c)

# A country or demonym as written, case as in text ("Russia's", "Azerbaijani", "U.S.").
COUNTRY_WORD = r"(?:" + "|".join(
    re.escape(w) for w in sorted({w for line in _COUNTRIES.strip().splitlines() for part in line.split("|")[:2]
                                  for w in part.split(",")}, key=len, reverse=True)
) + r")"
CAPITAL_WORD = r"(?:" + "|".join(re.escape(w.title() if w.islower() else w) for w in
                                 sorted(CAPITALS, key=len, reverse=True)) + r")"

# Upper-case letters a name may start with: ASCII and Latin with diacritics ("Özil", "Əliyev").
UPPER = "A-Z\xc0-\xd6\xd8-\xde\u0100\u0102\u0104\u0106\u0108\u010a\u010c\u010e\u0110\u0112\u0114\u0116\u0118\u011a\u011c\u011e\u0120\u0122\u0124\u0126\u0128\u012a\u012c\u012e\u0130\u0134\u0136\u0139\u013b\u013d\u0141\u0143\u0145\u0147\u014c\u014e\u0150\u0152\u0154\u0156\u0158\u015a\u015c\u015e\u0160\u0162\u0164\u0166\u0168\u016a\u016c\u016e\u0170\u0172\u0174\u0176\u0178\u0179\u017b\u017d\u018f"

# Words that make up titles before a name ("Russian Foreign Minister", "Kremlin Spokesman").
TITLE_WORDS = set("""
president prime minister foreign spokesman spokeswoman spokesperson secretary assistant state
national security adviser advisor deputy vice chancellor premier ambassador envoy chief head general
defense defence interior economy finance justice mayor governor senator official kremlin press
presidential speaker chairman chairwoman commissioner representative special senior top diplomat
leader king queen emir sheikh mr. mrs. ms. dr. affairs of the counterpart colleague opposition
parliament parliamentary ombudsman human rights council commander army ministry service
""".split())

# Role descriptors: a phrase as written -> role key. Longest first when matched.
ROLE_PHRASES: dict[str, str] = {
    "minister of foreign affairs": "foreign minister",
    "foreign minister": "foreign minister",
    "foreign secretary": "foreign minister",
    "top diplomat": "foreign minister",
    "chief diplomat": "foreign minister",
    "prime minister": "prime minister",
    "premier": "prime minister",
    "presidential spokesman": "presidential spokesman",
    "presidential spokeswoman": "presidential spokesman",
    "presidential press secretary": "presidential spokesman",
    "kremlin spokesman": "presidential spokesman",
    "kremlin spokeswoman": "presidential spokesman",
    "foreign ministry spokesman": "foreign ministry spokesman",
    "foreign ministry spokeswoman": "foreign ministry spokesman",
    "spokesman": "spokesman",
    "spokeswoman": "spokesman",
    "defence minister": "defence minister",
    "defense minister": "defence minister",
    "national security adviser": "national security adviser",
    "assistant secretary of state": "assistant secretary of state",
    "secretary of state": "secretary of state",
    "head of state": "president",
    "president": "president",
    "leader": "leader",
    "counterpart": "counterpart",
    "minister": "minister",
    "ombudsman": "ombudsman",
    "human rights ombudsman": "ombudsman",
}
# A role key and the keys a mention of it may refer to ("leader" is either head).
ROLE_MATCHES = {
    "leader": {"president", "prime minister", "leader"},
    "spokesman": {"spokesman", "presidential spokesman", "foreign ministry spokesman"},
    "minister": {"minister", "foreign minister", "prime minister", "defence minister"},
}
# How a role is also called, for generated aliases ("Russia's top diplomat").
ROLE_SYNONYMS = {
    "foreign minister": ["foreign minister", "top diplomat", "chief diplomat"],
    "prime minister": ["prime minister", "premier", "leader"],
    "president": ["president", "leader", "head of state"],
    "presidential spokesman": ["presidential spokesman", "spokesman", "presidential spokesperson"],
    "defence minister": ["defence minister", "defense minister"],
}

ROLE_RE = "|".join(re.escape(k) for k in sorted(ROLE_PHRASES, key=len, reverse=True))


@lru_cache(maxsize=4096)
def role_key(title: str) -> str | None:
    """The role key of a title string ("Russian Foreign Minister" -> "foreign minister")."""
    t = " ".join(title.lower().replace("'s", " ").split())
    if "security council" in t and "secretary" in t:
        return "security council secretary"
    if ("kremlin" in t or "presidential" in t) and re.search(r"spokes|press secretary", t):
        return "presidential spokesman"
    for phrase in sorted(ROLE_PHRASES, key=len, reverse=True):
        if re.search(rf"\b{re.escape(phrase)}\b", t):
            return ROLE_PHRASES[phrase]
    if "minister" in t:
        return "minister"
    if "official" in t:
        return "official"
    return None


def country_in(text: str) -> str | None:
    """The first country named, by name, demonym or capital, in a title or phrase."""
    for m in re.finditer(r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?", text.replace("'s", "")):
        for cand in (m.group(0), m.group(0).split()[0]):
            c = COUNTRY_OF.get(cand.lower().rstrip(".") if cand.lower() not in COUNTRY_OF else cand.lower())
            if c:
                return c
    return None
