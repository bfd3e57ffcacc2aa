"""Who is who in one article: people and bodies, their aliases, and mentions resolved to them.

A full name introduced with a title ("Russian Foreign Minister Sergey Lavrov"), an
apposition ("Armen Grigorian, the secretary of ...") or a speech verb becomes a person; the
surname becomes an alias, the title a role (country + role key) from which role aliases are
generated ("Russia's top diplomat"). Variant spellings (edit distance 1) join one entity.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from dataclasses import dataclass, field

from index.statements.gazetteer import (
    CAPITALS, COUNTRY_OF, COUNTRY_WORD, DEMONYM, ROLE_MATCHES, ROLE_RE, ROLE_SYNONYMS, TITLE_WORDS, UPPER,
    country_in, role_key,
)
from index.textnorm import fold, normalize

_NON_NAME = {w.lower() for w in ["January", "February", "March", "April", "May", "June", "July", "August",
                                  "September", "October", "November", "December", "Monday", "Tuesday",
                                  "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Union", "Corridor",
                                  "Council", "Ministry", "Office", "Summit", "Federation", "Republic", "Nations",
                                  "Side", "Government", "News", "Source", "Agency", "Party", "Court", "Bank",
                                  "Commission", "Committee", "Parliament", "Assembly", "Movement", "Organization",
                                  "Organisation", "Institute", "Forum", "Service", "Ministry", "Embassy", "Army"]}


@dataclass
class Entity:
    canonical: str
    kind: str  # person | body | country | group
    country: str | None = None
    role: str | None = None
    owner: str | None = None  # for an office: the canonical name of its person
    aliases: set[str] = field(default_factory=set)

    @property
    def surname(self) -> str:
        return self.canonical.split()[-1]


def edit1(a: str, b: str) -> bool:
    """True when a and b differ by at most one substitution, insertion or deletion."""
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    if len(a) > len(b):
        a, b = b, a
    return any(b[:i] + b[i + 1:] == a for i in range(len(b)))


def same_person(a: str, b: str) -> bool:
    """Full names that are variant spellings of one another ("Jeyhun"/"Jeyhum Bayramov")."""
    ta, tb = a.lower().split(), b.lower().split()
    if len(ta) != len(tb) or len(ta) < 2:
        return False
    return sum(not edit1(x, y) for x, y in zip(ta, tb)) == 0 and sum(x != y for x, y in zip(ta, tb)) <= 1


def canonical_merge(name: str, known: Iterable[str]) -> str:
    """`name`, or an already known spelling of the same person."""
    for k in known:
        if k != name and same_person(k, name):
            return k
    return name


def country_entity_name(country: str) -> str:
    return country


@lru_cache(maxsize=1024)
def role_aliases(country: str | None, role: str | None) -> frozenset[str]:
    """Generated role aliases, normalised: "russia's top diplomat", "the russian foreign minister"."""
    if not country or not role or role in ("official", "counterpart", "minister"):
        return frozenset()
    dem = DEMONYM.get(country, country)
    out = set()
    for r in ROLE_SYNONYMS.get(role, [role]):
        out |= {f"{dem} {r}", f"{country}'s {r}", f"the {dem} {r}", f"{r} of {country}"}
    if role == "presidential spokesman" and country == "Russia":
        out |= {"kremlin spokesman", "the kremlin spokesman", "kremlin spokesperson"}
    return frozenset(normalize(a) for a in out)


class EntityTable:
    """The entities of one article, and how to find them from a mention."""

    def __init__(self) -> None:
        self.entities: dict[str, Entity] = {}

    # -- building ------------------------------------------------------------------------
    def person(self, full: str, title: str = "", context: str = "") -> Entity:
        for e in self.entities.values():
            if e.kind == "person" and same_person(e.canonical, full):
                e.aliases |= {full, full.split()[-1]}
                break
        else:
            e = Entity(full, "person", aliases={full, full.split()[-1]})
            self.entities[full] = e
        role = role_key(title) if title else None
        if role and (e.role is None or e.role in ("official", "counterpart")):
            e.role = role
        e.country = e.country or (country_in(title) if title else None)
        if title and len(title.split()) <= 6:
            e.aliases.add(" ".join(title.split()))
        return e

    def body(self, canonical: str, kind: str = "body", country: str | None = None, owner: str | None = None,
             alias: str | None = None) -> Entity:
        e = self.entities.setdefault(canonical, Entity(canonical, kind, country=country, owner=owner))
        e.aliases.add(alias or canonical)
        return e

    def alias_map(self) -> dict[str, str]:
        """normalised alias -> canonical, including generated role aliases."""
        out: dict[str, str] = {}
        for e in self.entities.values():
            names = set(e.aliases) | {e.canonical} | role_aliases(e.country, e.role)
            for a in names:
                key = normalize(a)
                key = key[4:] if key.startswith("the ") else key
                out.setdefault(key, e.canonical)
        return out

    # -- lookup --------------------------------------------------------------------------
    def by_name(self, name: str) -> Entity | None:
        name = name.strip()
        low = name.lower()
        people = [e for e in self.entities.values() if e.kind == "person"]
        for e in people:
            if low == e.canonical.lower() or low in (a.lower() for a in e.aliases):
                return e
        last = low.split()[-1] if low.split() else ""
        for e in people:
            if edit1(last, e.surname.lower()) and len(last) > 4:
                if len(low.split()) == 1 or same_person(low, e.canonical.lower()):
                    return e
        return None

    def by_role(self, role: str, country: str | None, recent: list[Entity] = ()) -> Entity | None:
        """The one person with this role (and country); among several, the one just spoken of."""
        want = ROLE_MATCHES.get(role, {role})
        cands = [e for e in self.entities.values() if e.kind == "person" and e.role in want
                 and (country is None or e.country == country)]
        if len(cands) > 1:
            cands = [e for e in recent if e in cands][:1]
        return cands[0] if len(cands) == 1 else None


def discover(text: str, table: EntityTable) -> None:
    """First pass over an article: people introduced by title, apposition or speech verb."""
    t = fold(text)
    # Runs of capitalised words, "of"/"the" allowed inside: "U.S. Assistant Secretary of State Karen Donfried".
    tok = rf"(?:(?:[A-Z]\.){{2,}}|[{UPPER}][\w'-]*)"
    for m in re.finditer(rf"{tok}(?:[ \t]+(?:(?:of|the)[ \t]+)*{tok})*", t):
        toks = m.group(0).split()
        starts = [m.start() + o.start() for o in re.finditer(r"\S+", m.group(0))]
        country_suffix = None
        if len(toks) >= 3 and toks[-2] == "of" and toks[-1].lower() in COUNTRY_OF:
            country_suffix = toks[-1]
            toks, starts = toks[:-2], starts[:-2]
        i = len(toks)
        while i > 0 and _name_like(toks[i - 1]):
            i -= 1
        name_toks, title_toks = toks[i:], toks[:i]
        if not 2 <= len(name_toks) <= 3:
            continue
        full = " ".join(name_toks)
        title = " ".join(title_toks) + (f" of {country_suffix}" if country_suffix else "")
        name_start, name_end = starts[i], starts[-1] + len(toks[-1])
        head = t[max(0, name_start - 40):name_start]
        low_role = re.search(rf"((?:{COUNTRY_WORD}\s+)?(?:{ROLE_RE}))\s+$", head, re.I)
        after = t[name_end:name_end + 90]
        appos = re.match(r",\s+(?:the|a|an)\s+([^,.;]{3,60}?)(?=\s+(?:[a-z]+ed|said|told|has|had|was|is|who|and)\b|[,.;])",
                         after)
        if appos and not role_key(appos.group(1)):
            appos = None
        verb_follows = re.match(r",?\s+(?:\w+ly\s+)?(?:said|told|added|noted|claimed|denied|stressed)\b", after)
        if any(w.lower().replace("'s", "") in TITLE_WORDS - {"of", "the"} for w in title_toks):
            table.person(full, title)
        elif low_role:
            e = table.person(full, low_role.group(1))
            if role_key(low_role.group(1)) == "counterpart":
                _counterpart(table, e, t[max(0, name_start - 300):name_start], low_role.group(1))
        elif appos:
            table.person(full, appos.group(1))
        elif verb_follows or country_suffix:
            table.person(full, title)


def _name_like(tok: str) -> bool:
    low = tok.lower()
    if any(part in TITLE_WORDS for part in low.split("-")):  # "Vice-President"
        return False
    return (tok[:1].isupper() and "'" not in tok and not tok.endswith(".") and low not in TITLE_WORDS
            and low not in COUNTRY_OF and low not in _NON_NAME and not re.search(r"\d", tok))


def _counterpart(table: EntityTable, e: Entity, before: str, phrase: str) -> None:
    """"his Azerbaijani counterpart X": X has the role of the last person named before."""
    sent = re.split(r"(?<=[.!?])\s+", before)[-1]
    for other in reversed([o for o in table.entities.values() if o.kind == "person" and o is not e]):
        if re.search(rf"\b{re.escape(other.surname)}\b", sent) and other.role:
            e.role = other.role
            e.country = country_in(phrase) or e.country
            return


def office_name(person: Entity) -> str:
    return f"{person.surname}'s press office"


def body_for(phrase: str) -> tuple[str, str, str | None] | None:
    """(canonical, kind, country) of a body mention: "the Kremlin", "Baku", "Armenian officials"."""
    p = " ".join(fold(phrase).split())
    p = re.sub(r"^(?:the|both|official)\s+", "", p, flags=re.I)
    low = p.lower()
    if low == "kremlin":
        return "the Kremlin", "body", "Russia"
    m = re.fullmatch(r"(foreign ministry|defen[cs]e ministry) in (.+)", p, re.I)
    if m and m.group(2).lower() in CAPITALS:  # "the Foreign Ministry in Ankara"
        c = CAPITALS[m.group(2).lower()]
        return f"the {DEMONYM[c]} {'foreign' if 'foreign' in m.group(1).lower() else 'defence'} ministry", "body", c
    m = re.fullmatch(rf"({COUNTRY_WORD})(?:'s)?\s+(foreign ministry|ministry of foreign affairs|foreign office|"
                     r"defen[cs]e ministry|ministry of defen[cs]e)", p, re.I)
    if m:
        c = COUNTRY_OF[m.group(1).lower()]
        kind = "foreign ministry" if "foreign" in m.group(2).lower() else "defence ministry"
        return f"the {DEMONYM[c]} {kind}", "body", c
    m = re.fullmatch(rf"({COUNTRY_WORD})(?:'s)?\s+(?:government|authorities|officials|side|leadership)", p, re.I)
    if m:
        c = COUNTRY_OF[m.group(1).lower()]
        return country_entity_name(c), "country", c
    if low in CAPITALS or (low in COUNTRY_OF and p[:1].isupper() and low == low.strip()):
        c = CAPITALS.get(low) or COUNTRY_OF[low]
        if low in {d.lower() for d in DEMONYM.values()} and low not in CAPITALS:
            return None  # a bare demonym ("Russian") is no speaker
        return country_entity_name(c), "country", c
    return None
