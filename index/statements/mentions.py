"""Who a speech verb's subject is: the mention just before the verb, resolved to entities.

The text before the verb is trimmed of adverbs, auxiliaries, time phrases, relative clauses
and appositions; what remains must end in a mention: a pronoun, an office, a body, a role
phrase, a name, or two of these joined by "and".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from index.statements.dates import find_time_phrases
from index.statements.gazetteer import CAPITAL_WORD, COUNTRY_OF, COUNTRY_WORD, ROLE_RE, TITLE_WORDS, UPPER, role_key
from index.statements.speakers import Entity, EntityTable, body_for, office_name, role_aliases

_TRIM = [
    re.compile(r"\s+$"),
    re.compile(r"\b(?:also|himself|herself|itself|themselves|then|earlier|later|previously|once|again|too|"
               r"had|has|have|would|will|did|\w+ly)$", re.I),
    re.compile(r",\s*who\b[^,\"]*,?$", re.I),  # "Lavrov, who was visiting Baku ..., said"
    re.compile(r",\s*(?:in|at|during|on|after|speaking)\b[^,\"]*,$", re.I),  # "the Kremlin, in a terse statement, said"
    re.compile(r"\s+who$"),  # "Prime Minister Nikol Pashinyan who last month alluded"
    re.compile(r",$"),
]
# "Armen Grigorian, the secretary of ... Council": an apposition after a name.
_APPOS = re.compile(r"(?<=[a-z]),\s*(?:the|a|an)\s+[^,\"]{3,80}?$")
_PRONOUN = re.compile(r"\b(he|she|it|they)$", re.I)
_OFFICE = re.compile(rf"(?:\b(his|her)|([{UPPER}][\w'-]+)'s)\s+(?:press\s+office|office|press\s+service)$")
_ANAPHOR_BODY = re.compile(r"\bthe\s+(statement|readout|ministry|communique)$", re.I)
_GROUP = re.compile(r"\b(?:both\s+leaders|the\s+two\s+leaders|the\s+two\s+sides|the\s+two)$", re.I)
_ROLE = re.compile(rf"(?:\b(?:the\s+)?(?:({COUNTRY_WORD})'s\s+|({COUNTRY_WORD}|Kremlin)\s+))?\b(?:{ROLE_RE})$", re.I)
_NAME = re.compile(rf"\b((?:[{UPPER}][\w-]+\s+){{0,2}}[{UPPER}][\w-]+)$")
_BODY = re.compile(
    rf"\b((?:the\s+|both\s+|official\s+)?(?:Kremlin|(?:foreign|defen[cs]e)\s+ministry\s+in\s+{CAPITAL_WORD}|(?:{COUNTRY_WORD})(?:'s)?\s+(?:foreign\s+ministry|ministry\s+of\s+"
    rf"foreign\s+affairs|foreign\s+office|defen[cs]e\s+ministry|government|authorities|officials|side|leadership)"
    rf"|(?:{COUNTRY_WORD})|(?:{CAPITAL_WORD})))$", re.I)
_DEM_PAIR = re.compile(rf"\b({COUNTRY_WORD})\s+and\s+({COUNTRY_WORD})\s+(?:officials|authorities|governments|leaders)$")


@dataclass
class Discourse:
    """What pronouns can point at: the previous sentence's speakers and subject."""

    prev_speakers: list[Entity] = field(default_factory=list)
    prev_subject: Entity | None = None
    sent_speakers: list[Entity] = field(default_factory=list)
    sent_subject: Entity | None = None
    last_group: list[Entity] = field(default_factory=list)

    def next_sentence(self) -> None:
        if self.sent_speakers or self.sent_subject:
            self.prev_speakers, self.prev_subject = self.sent_speakers, self.sent_subject
        self.sent_speakers, self.sent_subject = [], None

    def person(self) -> Entity | None:
        for e in self.sent_speakers + self.prev_speakers:
            if e.kind == "person":
                return e
        return self.sent_subject or self.prev_subject

    def thing(self, plural: bool) -> list[Entity]:
        pool = self.sent_speakers or self.prev_speakers
        bodies = [e for e in pool if e.kind != "person"]
        if plural:
            return bodies if len(bodies) > 1 else (self.last_group if len(self.last_group) > 1 else bodies)
        return bodies[:1]


def trim(prefix: str) -> str:
    """The text before a verb with adverbs, auxiliaries, times and asides removed."""
    while True:
        before = prefix
        for rx in _TRIM:
            prefix = rx.sub("", prefix)
        m = _APPOS.search(prefix)
        if m and re.search(r"\b[A-Z][a-z]+$", prefix[: m.start()]):
            prefix = prefix[: m.start()]
        tps = find_time_phrases(prefix)
        if tps and tps[-1].end >= len(prefix.rstrip()) and tps[-1].start > 0:
            prefix = prefix[: tps[-1].start]
        if prefix == before:
            return prefix


def subject(prefix: str, table: EntityTable, disc: Discourse) -> tuple[list[Entity], str, int] | None:
    """(entities, mention as written, start of the mention in `prefix`) or None."""
    p = trim(prefix)
    m = _DEM_PAIR.search(p)
    if m:
        ents = [_body_entity(table, m.group(1) + " officials"), _body_entity(table, m.group(2) + " officials")]
        return [e for e in ents if e], m.group(0), m.start()
    # "had strong words for Pashinyan who last month alluded": a relative clause's antecedent
    # may follow a preposition.
    relative = re.search(r"\bwho\s+[^,\"]*$", prefix) and not re.search(r",\s*who\b", prefix)
    got = (_resolve if relative else resolve_phrase)(p, table, disc)
    if got is None:
        return None
    ents, start = got
    # "President Ilham Aliyev of Azerbaijan and Bayramov": a second conjunct before " and ".
    head = re.sub(r"\s+(?:other|several|some|many|senior|top)\s*$", " ", p[:start])
    m = re.search(r"\s+and\s+$", head)
    if m:
        left = resolve_phrase(re.sub(r"\s+of\s+[A-Z][\w-]+$", "", head[: m.start()]), table, disc)
        if left:
            ents = left[0] + ents
            start = left[1]
    return ents, p[start:].lstrip(), start


_PREP = re.compile(r"\b(?:in|from|to|at|of|with|for|by|on|near|into)\s+(?:the\s+)?$", re.I)


def resolve_phrase(p: str, table: EntityTable, disc: Discourse) -> tuple[list[Entity], int] | None:
    """The entities a mention ending `p` stands for, and where the mention starts; a
    mention governed by a preposition ("the embassy in Tbilisi") is not a subject."""
    got = _resolve(p, table, disc)
    if got and _PREP.search(p[: got[1]]):
        return None
    return got


def _resolve(p: str, table: EntityTable, disc: Discourse) -> tuple[list[Entity], int] | None:
    m = _PRONOUN.search(p)
    if m:
        w = m.group(1).lower()
        if w in ("he", "she"):
            e = disc.person()
            return ([e], m.start()) if e else None
        ents = disc.thing(plural=w == "they")
        return (ents, m.start()) if ents else None
    m = _OFFICE.search(p)
    if m:
        here = [e for pos, e in persons_in(p[: m.start()], table)
                if not re.search(r"\b(?:with|to|for|from|by|of|about)\s+$", p[:pos])]
        owner = table.by_name(m.group(2)) if m.group(2) else (here[-1] if here else disc.person())
        if owner:
            return [table.body(office_name(owner), owner=owner.canonical, alias=m.group(0))], m.start()
    m = _ANAPHOR_BODY.search(p)
    if m:
        ents = disc.thing(plural=False)
        return (ents, m.start()) if ents else None
    m = _GROUP.search(p)
    if m and len(disc.last_group) > 1:
        return list(disc.last_group), m.start()
    m = _ROLE.search(p)
    if m and not re.search(r"[A-Z][a-z]+$", p[m.end():]):
        country = COUNTRY_OF.get((m.group(1) or m.group(2) or "").lower().replace("kremlin", "russia"))
        recent = [x for x in disc.sent_speakers + disc.prev_speakers + [disc.prev_subject] if x is not None]
        e = table.by_role(role_key(m.group(0)) or "", country, recent)
        if e:
            e.aliases.add(re.sub(r"^the\s+", "", m.group(0), flags=re.I))
            return [e], m.start()
    m = _BODY.search(p)
    if m:
        e = _body_entity(table, m.group(1))
        if e:
            return [e], m.start()
    m = _NAME.search(p)
    if m:
        words = m.group(1).split()
        for k in range(len(words)):
            e = table.by_name(" ".join(words[k:]))
            if e:
                start = m.start() + len(" ".join(words[:k])) + (1 if k else 0)
                t = re.search(r"(?:(?:[A-Z][\w.'-]*|of)\s+)+$", p[:start])
                if t and all(w.lower().replace("'s", "") in TITLE_WORDS | set(COUNTRY_OF) for w in t.group(0).split()):
                    start = t.start()
                return [e], start
    return None


def _body_entity(table: EntityTable, phrase: str) -> Entity | None:
    got = body_for(phrase)
    if not got:
        return None
    canonical, kind, country = got
    return table.body(canonical, kind=kind, country=country, alias=re.sub(r"^(?:the|both)\s+", "", phrase, flags=re.I))


def persons_in(text: str, table: EntityTable) -> list[tuple[int, Entity]]:
    """Person mentions (names and role phrases) in `text`, in order, with offsets."""
    out = []
    low = text.lower()
    for rx, e, folded in _person_patterns(table):
        for m in rx.finditer(low if folded else text):
            out.append((m.start(), e))
    seen: dict[tuple[int, str], Entity] = {(pos, e.canonical): e for pos, e in out}
    return sorted(((pos, e) for (pos, _), e in seen.items()), key=lambda x: x[0])


def _person_patterns(table: EntityTable) -> list:
    """One compiled pattern per person for names and one for role aliases, cached until the
    table changes."""
    people = [e for e in table.entities.values() if e.kind == "person"]
    key = tuple((e.canonical, len(e.aliases), e.role, e.country) for e in people)
    cached = getattr(table, "_person_patterns", None)
    if cached and cached[0] == key:
        return cached[1]
    pats = []
    for e in people:
        names = [a for a in {e.canonical, e.surname, *e.aliases} if len(a) >= 3 and not (role_key(a) and not a[0].isupper())]
        if names:
            pats.append((re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b"),
                         e, False))
        roles = role_aliases(e.country, e.role)
        if roles:
            pats.append((re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(roles, key=len, reverse=True))) + r")\b"),
                         e, True))
    table._person_patterns = (key, pats)
    return pats
