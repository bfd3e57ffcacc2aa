"""The people an article names, with the words it describes them by (index/article_people.py).

A question that describes a person instead of naming them ("the transport secretary",
"which Lisbon researcher") is matched against these descriptions, so a role phrase finds the
person the articles attach it to, instead of being taken for a name no article mentions.
They are read once per article at ingest and stored (index/people_store.py): a question reads
its retrieved articles' people in one query, kept per article text.
"""

from __future__ import annotations

import re
import threading
from dataclasses import replace

from cachetools import LRUCache

from bot.answering.acronyms import full_names
from bot.answering.role_spellings import spellings
from bot.answering.terms import stems
from index.article_people import Person, read_people
from index.models import Article
from index.vocabulary import vocabulary

__all__ = ["Person", "people_of", "people_of_articles", "role_match", "term_match"]

_kept: LRUCache = LRUCache(maxsize=512)  # (article id, content hash) -> people
_kept_lock = threading.Lock()


def people_of(article: Article, corpus=None) -> tuple[Person, ...]:
    """The article's people: those the corpus stored at ingest, or (no corpus) read from its text."""
    return people_of_articles([article], corpus)[article.id]


def people_of_articles(articles: list[Article], corpus=None) -> dict[str, tuple[Person, ...]]:
    out: dict[str, tuple[Person, ...]] = {}
    missing: list[Article] = []
    with _kept_lock:
        for a in articles:
            found = _kept.get((a.id, a.content_hash))
            if found is None:
                missing.append(a)
            else:
                out[a.id] = found
    if missing:
        read = corpus.people([a.id for a in missing]) if corpus is not None else {a.id: read_people(a.text) for a in missing}
        with _kept_lock:
            for a in missing:
                out[a.id] = _kept[(a.id, a.content_hash)] = _by_address(_spelled_out(read[a.id], a.text), a.text)
    return out


# "From: Ann Roe <treasurer@rowingclub.org>": a sender line whose address names a job. Only the
# header's start of line: an address in a message's words is nobody's description.
_SENDER = re.compile(r"^[ \t>*]*(?:From|Sender):[ \t*]*\"?([^<\n\"]+?)\"?[ \t]*<([^@>\s]+)@([\w\-]+)", re.M)
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’\-]*(?:[ \t]+(?:of[ \t]+|the[ \t]+|and[ \t]+)?[A-Z][\w'’\-]*){0,5}")


def _by_address(people: tuple[Person, ...], text: str) -> tuple[Person, ...]:
    """A club's or office's mail comes from its job's address ("treasurer@", "chair@"): its sender
    holds that job, though the message is signed with a first name alone, so "who is the club's
    treasurer" finds her. The job is the body's whose name the address's domain spells
    ("@rowingclub.org": the "Rowing Club" the text names), when the text names it."""
    if "@" not in (text or ""):
        return people
    jobs: dict[str, str] = {}
    for m in _SENDER.finditer(text):
        words = [w for w in re.split(r"[._+\-]", m.group(2).lower()) if w in _ADDRESS_JOBS]
        if words and m.group(1).strip().lower() not in jobs:
            body = _body_of_domain(m.group(3).lower(), text)
            jobs[m.group(1).strip().lower()] = " ".join(words) + (f", {body}" if body else "")
    if not jobs:
        return people
    out = []
    for p in people:
        extra = frozenset(stems(jobs.get(p.name.lower(), "")))
        out.append(replace(p, terms=p.terms | extra, jobs=p.jobs | extra if p.jobs else p.jobs) if extra else p)
    known = {p.name.lower() for p in people}
    for name, description in jobs.items():
        if name not in known and len(name.split()) >= 2:  # a sender the text names nowhere else
            title = " ".join(w[:1].upper() + w[1:] for w in name.split())
            out.append(Person(title, title.split()[-1], description, frozenset(stems(description))))
    return tuple(out)


def _body_of_domain(label: str, text: str) -> str | None:
    """The name in `text` that the domain's label spells run together ("brackenrowing" for
    "Bracken Rowing Club"): words that make up the label, and a body's noun after them ("Club")."""
    if len(label) < 6:
        return None
    for m in _CAPITALISED_RUN.finditer(text):
        words = m.group(0).split()
        joined = ""
        for i, w in enumerate(words):
            joined += w.lower()
            if joined == label:
                following = words[i + 1:i + 2]
                body = following and stems(following[0]) and stems(following[0])[0] in _BODIES
                return " ".join(words[:i + 2] if body else words[:i + 1])
            if not label.startswith(joined):
                break
    return None


def _spelled_out(people: tuple[Person, ...], text: str) -> tuple[Person, ...]:
    """"the Marsh Valley Drainage Board (MVDB)" ... "MVDB chairman Ivo Rell": a description that
    writes a body's short name holds its full name's words too, so "the chairman of the Marsh
    Valley drainage board" finds him."""
    short = full_names(text or "")
    if not short:
        return people
    out = []
    for p in people:
        full = [short[w] for w in re.findall(r"\b[A-Z][A-Za-z]{1,11}\b", p.description) if w in short]
        if full:
            extra = frozenset(t for f in full for t in stems(f))
            p = replace(p, terms=p.terms | extra, jobs=p.jobs | extra if p.jobs else p.jobs)
        out.append(p)
    return tuple(out)


_LEADER_STEMS = frozenset(t for w in vocabulary().leaders for t in stems(w))
# The job words an address may be ("treasurer@", "chair@", "secretary@")
_ADDRESS_JOBS = frozenset(w for w in vocabulary().roles | vocabulary().leaders if " " not in w and "-" not in w)


def _one_word_jobs() -> dict[str, frozenset[str]]:
    """stem -> the stems of the one-word names of its job (index/vocabulary.yaml role_groups):
    "aid" -> {"advis", "advisor", ...}, "captain" -> {"skipper"}."""
    out: dict[str, set[str]] = {}
    kinds = set(vocabulary().local_units.values())  # "village"
    for group in vocabulary().role_groups:
        words = {stems(w)[0] for w in group if " " not in w and stems(w)}
        for w in words:
            out.setdefault(w, set()).update(words)
        # "the village leader" asks for a village's head by its local title ("Headman X", "Sarpanch Y"):
        # each word of a place kind's job phrase finds the group's titles (only such a group's).
        for phrase in group:
            if " " in phrase and phrase.split()[0] in kinds:
                for t in stems(phrase):
                    out.setdefault(t, set()).update(words)
    for general, kinds in vocabulary().job_kinds.items():  # one way: an official may be a director
        if stems(general):
            out.setdefault(stems(general)[0], set()).update(stems(k)[0] for k in kinds if stems(k))
    return {w: frozenset(g) for w, g in out.items()}


_SAME_JOB = _one_word_jobs()


def _local_kin() -> dict[str, frozenset[str]]:
    """stem -> the stems of a country's own word for that kind of place and back ("villag" <->
    "barangay", index/vocabulary.yaml local_units)."""
    out: dict[str, set[str]] = {}
    for local, english in vocabulary().local_units.items():
        a, b = stems(local), stems(english)
        if a and b:
            out.setdefault(a[0], set()).add(b[0])
            out.setdefault(b[0], set()).add(a[0])
    return {w: frozenset(g) for w, g in out.items()}


_LOCAL_KIN = _local_kin()
_GENERIC_BODIES = frozenset(t for w in vocabulary().generic_bodies for t in stems(w))
# (not a place nor a family: "the growers' group" is no "state" or "family")
_BODIES = frozenset(t for w in vocabulary().organisations - vocabulary().place_nouns - vocabulary().divisions
                    - {"family", "families", "couple", "parents", "relatives"} if " " not in w for t in stems(w))
_COMPANY_STEMS = frozenset(t for w in ("company", "firm", "business", "operator", "corporation") for t in stems(w))


_LOCAL = (stems("local") or ("local",))[0]
_OF_THE_AREA = frozenset(t for w in ("area", "constituency", "ward", "district", "locality", "community", "local") for t in stems(w))


def term_match(want: str, have: frozenset[str]) -> bool:
    """A stem matches its own longer or shorter form ("offic" / "offici": officer / official),
    a word for a body's leader matches another ("boss" / "chief executive"), a job's word
    another word for that job ("aide" / "adviser"), and a kind of place its local word
    ("village" / "barangay"). A longer form is at most two letters longer:
    a "councillor" is not the "council"."""
    if want in have or (want in _LEADER_STEMS and have & _LEADER_STEMS) or (have & _SAME_JOB.get(want, frozenset())) \
            or have & _LOCAL_KIN.get(want, frozenset()):
        return True
    if want in _COMPANY_STEMS and have & _COMPANY_STEMS:  # "the firm's boss" is "the company's president"
        return True
    if want == _LOCAL and have & _OF_THE_AREA:  # "the local MP" is "the MP for the area"
        return True
    if want in _GENERIC_BODIES and have & _BODIES:  # "the growers' group" is their "Association"
        return True
    if len(want) >= 5 and any(len(h) >= 5 and (h.startswith(want) or want.startswith(h)) and abs(len(h) - len(want)) <= 2
                              for h in have):
        return True
    return _practises(want, have)


# A practitioner's noun and the field a title names: "the statistician" is the "Lecturer in
# Statistics", "the geneticist" the "Professor of Genetics", "the economist" "Reader in Economics".
_PRACTITIONER = (("ician", "ic"), ("ist", ""))
MIN_FIELD = 6


def _practises(want: str, have: frozenset[str]) -> bool:
    root = next((want[:-len(end)] + add for end, add in _PRACTITIONER if want.endswith(end)), None)
    if root is None or len(root) < MIN_FIELD:
        return False
    return any(len(h) >= MIN_FIELD - 1 and (root.startswith(h) or h.startswith(root)) and abs(len(h) - len(root)) <= 3
               for h in have)


# A leader's word met only by another leader's ("the director" / "chairman") counts a little less
# than the word itself: with two holders, the one the article calls by the question's word wins.
LEADER_KIN = 0.9


def role_match(role: tuple[str, ...], person: Person, idf) -> float:
    """The idf-weighted share of a role phrase's terms in a person's description, the job written
    either way ("CFO", "chief financial officer")."""
    return max(_share(r, person, idf) for r in spellings(role)) if role else 0.0


def _share(role: tuple[str, ...], person: Person, idf) -> float:
    total = sum(idf(t) for t in role) or 1.0
    return sum(idf(t) * _term_weight(t, person.terms) for t in role) / total


def _term_weight(want: str, have: frozenset[str]) -> float:
    if not term_match(want, have):
        return 0.0
    if want in _LEADER_STEMS and want not in have and not _SAME_JOB.get(want, frozenset()) & have \
            and not any(len(h) >= 5 and len(want) >= 5 and (h.startswith(want) or want.startswith(h)) for h in have):
        return LEADER_KIN  # met only as a leader's word
    return 1.0
