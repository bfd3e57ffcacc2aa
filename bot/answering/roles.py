"""Who a question's role phrase ("the sheriff", "the taxi drivers' spokesman") describes.

    "the sheriff"                      -> the person the retrieved articles describe so
    "the taxi drivers' spokesman"      -> a person named "of the Cork Taxi Drivers' Association"
    "the regional governor"            -> nobody described so: the articles do not report them
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from bot.answering.campaign_group import speaks_for_campaign
from bot.answering.job_field import job_field
from bot.answering.named_body_role import owned_by_kind
from bot.answering.mentions import named_people
from bot.answering.own_voice import asks_the_writers, in_own_voice
from bot.answering.owned_role import body_owns_role
from bot.answering.people import Person, role_match, term_match
from bot.answering.question import Question, asks_about_speech
from bot.answering.terms import stems
from bot.answering.unrelated import only_as_unrelated
from bot.answering.writers_role import writers_own_role
from index.vocabulary import vocabulary
from index.world import country_for, country_of_capital, demonyms_of, is_place

ROLE_MATCH = 0.5  # share of a role phrase's (idf-weighted) terms a person's description must hold
CLEAR_ROLE_MATCH = 0.75
ELSEWHERE = 0.6  # a person described as another place's, for a role that names its place


def resolve_role(q: Question, people: dict[str, tuple[Person, ...]], idf, article_terms=None) -> list[tuple[float, Person]]:
    """People whose descriptions hold the question's role phrase, best first. A place that
    qualifies a role ("the Oyo transport commissioner") may be the article's to hold, not the
    description's ("the Commissioner for Works and Transport"): `article_terms(id)`, an
    article's stems, says which articles hold it."""
    if not q.role:
        return []
    demonyms = _demonym_terms(q.role_phrase)  # "the samoan minister": a place asked in lower case is a name too
    names = [t for t in q.role if t in q.names or t in demonyms]
    rest = tuple(t for t in q.role if t not in names)
    places = all(country_for(n) or is_place(n) for n in names)
    owned = _owned(q)
    scored = []
    for article_id, group in people.items():
        scoped = names and rest and article_terms is not None and all(_holds_name(n, article_terms(article_id)) for n in names)
        for original in group:
            p = _as_described(original, q.role_head)  # (scored as so described, listed as the story's own)
            # "Solvik's boss" is its "Chief Executive"; "the Castlebridge manager" is not "Harwell
            # Town's manager" in a story naming both: a body's name in the description is another's.
            own = scoped and (not _elsewhere(p, names) if places else _only_job_words(p, rest))
            s = max(role_match(q.role, p, idf), role_match(rest, p, idf) if own else 0.0)
            if scoped and places and _other_country(p, names) and not _holds_place(p, names):
                s *= ELSEWHERE  # "Tashkent's trade minister" is not the "Kazakh Trade Minister"
            if article_terms is not None and (_body_by_its_noun(q, p, article_terms(article_id))
                                              or body_owns_role(q.role_phrase, q.role, q.role_head, p, article_terms(article_id))):
                s = max(s, CLEAR_ROLE_MATCH)
            if article_terms is not None and speaks_for_campaign(q.role_phrase, q.role, p, article_terms(article_id)):
                s = max(s, CLEAR_ROLE_MATCH)  # "the lido campaigners": their group's chair
            if names and article_terms is not None and writers_own_role(q.role, q.role_head, names, p, article_terms(article_id)):
                s = max(s, CLEAR_ROLE_MATCH)  # "the Tarnby rescue team's leader": "our team leader" on its own page
            if names and article_terms is not None and owned_by_kind(q.role, q.role_head, names, same_job(q.role_head or ""), p,
                                                                     article_terms(article_id)):
                s = max(s, CLEAR_ROLE_MATCH)  # "who runs Halvik Shipping AS": "the company's managing director"
            if owned and _OWNER_WORD.search(p.description):
                s = max(s, OWNED * role_match(owned, p, idf))  # "the keeper's first boss": "my first supervisor"
            if s < ROLE_MATCH and not names and article_terms is not None and _sole_holder(q, p, group, rest, article_terms(article_id)):
                s = ROLE_MATCH  # "the owner of the lot": the story's one owner ("the owner of the land"), the lot its own
            if s >= ROLE_MATCH and not only_as_unrelated(q.role, p.description):
                scored.append((s, original))
    scored.sort(key=lambda x: -x[0])
    return _in_named_story(q, scored, people, article_terms)


@lru_cache(maxsize=1)
def _chaired_occasion() -> re.Pattern:
    v = vocabulary()
    return re.compile(r"\bchair(?:ed|s|ing)\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?(?:[\w'’-]+\s+){0,2}?(?:"
                      + "|".join(sorted(map(re.escape, v.occasions | v.write_up_occasions))) + r")\b", re.I)


def _as_described(p: Person, head: str | None) -> Person:
    """The person with only their own jobs: not a meeting chaired for the day ("who chaired the
    session at the X Community Hall" is no body's chair or head), nor the role of someone their
    sentence mentions ("asked about the MP's proposal, Ms X said": X is no MP)."""
    p = _without(p, "chair", _chaired_occasion())
    return _without(p, head, _OTHERS_ROLE) if head else p


# "the MP's proposal", "the mayor's office": a role word in the possessive is another person's
_OTHERS_ROLE = re.compile(r"\b(?:the|a|an|this|that)\s+[\w-]+['’]s\b", re.I)


def _without(p: Person, term: str, phrase: re.Pattern) -> Person:
    """`p` without the stem `term` when their description writes it only inside `phrase`; else `p`."""
    if term not in p.terms or phrase.search(p.description) is None:
        return p
    return p if term in stems(phrase.sub(" ", p.description)) else replace(p, terms=p.terms - {term})


def _in_named_story(q: Question, found: list[tuple[float, Person]], people: dict[str, tuple[Person, ...]],
                    article_terms) -> list[tuple[float, Person]]:
    """Of the people a role describes, those in a story writing every name the question gives
    beside the role ("the doctor in charge at the hospital in Gizo": the Gizo story's doctor, not
    another story's GP; none when the Gizo story describes no doctor). All of them when no story,
    or every story, writes those names."""
    names = [n for n in q.names if n not in q.role]
    if not names or article_terms is None or len(people) < 2:
        return found
    named = {a for a in people if all(_holds_name(n, article_terms(a)) for n in names)}
    if not named or len(named) == len(people):
        return found
    story = {id(p): a for a, group in people.items() for p in group}
    return [(s, p) for s, p in found if story.get(id(p)) in named]


def _sole_holder(q: Question, p: Person, group, rest: tuple[str, ...], article: frozenset[str]) -> bool:
    """`p` is the one person of the story whose description holds the role's head, and the story
    holds the role's other words (the thing owned, the body led) where the description words them otherwise."""
    head = q.role_head
    return bool(head) and len(rest) >= 2 and head in p.terms and all(t in article for t in rest) \
        and not any(o is not p and o.name != p.name and head in o.terms for o in group)


def _demonym_terms(phrase: str | None) -> frozenset[str]:
    """The stems of the words of `phrase` that are a country's adjective ("samoan", "Guyanese"): a
    question typed in lower case names the place as much as "Samoan" would (a country's own name,
    "chad", "turkey", may be a word or a name: left to the question's capitals)."""
    out = set()
    for w in re.findall(r"[A-Za-z]+", phrase or ""):
        country = country_for(w)
        if country is not None and w.lower() in {d.lower() for d in demonyms_of(country)}:
            out.update(stems(w))
    return frozenset(out)


OWNED = 0.9  # a possessed role matched without its possessor
_OWNER_WORD = re.compile(r"\b(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir|[Oo]ur)\b")


def _owned(q: Question) -> tuple[str, ...]:
    """The stems of what a common-noun possessor has ("first boss" of "the lock keeper's first
    boss"): a first-person account calls that person "my first supervisor", its possessor being
    the narrator the question describes. Empty for a named possessor ("Harrowgate's chief")."""
    parts = re.split(r"['’]s?\s+", q.role_phrase or "", maxsplit=1)
    if len(parts) < 2 or any(w[:1].isupper() for w in parts[0].split()[1:]) or parts[0].split()[:1] == [] \
            or parts[0].split()[0][:1].isupper() and parts[0].split()[0].lower() not in ("the", "a", "an"):
        return ()
    return tuple(t for t in stems(parts[1]) if t in q.role)


def _body_by_its_noun(q: Question, p: Person, terms: frozenset[str]) -> bool:
    """"Who is in charge of Norvale's regional roads agency?": "Lucan Vedrossi, the head of the
    agency". A story names a body in full once and then by its noun alone; the words that qualify
    it are the article's, not the description's. The description holds the role's head (a
    leader's job for a leader's) and the body's bare noun ("the agency", "the agency's")."""
    words = (q.role_phrase or "").split()
    if not q.role_head or len(words) < 3 or q.role_head not in p.terms:
        return False
    body = stems(re.sub(r"['’]s?$", "", words[-1].strip("?,.")))
    if len(body) != 1 or body[0] == q.role_head:
        return False
    bare = re.search(r"\bthe\s+([\w\-]+?)(?:['’]s)?(?=\s*(?:$|[,;.)]|\s(?:and|who|which|said|told)\b))", p.description, re.I)
    if not bare or tuple(stems(bare.group(1))) != tuple(body):
        return False
    named = set()
    for w in re.findall(r"\b[A-Z][\w\-]*", q.role_phrase or ""):
        country = country_for(w) or country_of_capital(w)
        forms = [w, *((country, *demonyms_of(country)) if country else ())]
        if not any(stems(f) and all(t in terms for t in stems(f)) for f in forms):
            return False  # the body's place or name is the article's ("Hungarian" for "Hungary's")
        named |= set(stems(w))
    return all(t in terms or t in p.terms or t in named for t in q.role)


def _unbracketed(description: str) -> str:
    """A description without its bracketed party or body ("Environment Minister (Greens)"): a party
    names no place and no other employer of the job."""
    return re.sub(r"\([^()]*\)", " ", description)


def _elsewhere(p: Person, names: list[str]) -> bool:
    """A description that names a place or country other than the role's ("the Ugandan minister"
    for "the Kenyan minister"): the job is held somewhere else."""
    for w in re.findall(r"\b[A-Z][\w'’\-]+", _unbracketed(p.description)):
        w = re.sub(r"['’]s$", "", w)
        if (country_for(w) or is_place(w)) and not set(stems(w)) & set(names) \
                and not any(country_for(w) and country_for(w) == _country(n) for n in names):
            return True
    return False


def _other_country(p: Person, names: list[str]) -> bool:
    """The description names a country (or its demonym) other than the one the role's place is in.
    Only countries: a capitalised word of a body's name may also be some town's ("Alliance")."""
    own = {_country(n) for n in names} - {None}
    for w in re.findall(r"\b[A-Z][\w'’\-]+", _unbracketed(p.description)):
        country = country_for(re.sub(r"['’]s$", "", w))
        if country is not None and own and country not in own:
            return True
    return False


def _holds_place(p: Person, names: list[str]) -> bool:
    """The description names the role's place itself, or the country it stands for."""
    countries = {_country(n) for n in names} - {None}
    words = {t for c in countries for w in (c, *demonyms_of(c)) for t in stems(w)}
    return bool(set(names) & p.terms or words & p.terms)


def _country(place: str) -> str | None:
    """The country a role's place stands for: its own name or demonym, or its capital ("Tashkent's
    trade minister" is Uzbekistan's, as news writes "Moscow said" for the Russian government)."""
    return country_for(place) or country_of_capital(place)


def _only_job_words(p: Person, role: tuple[str, ...] = ()) -> bool:
    """A description whose capitalised words are all job words or titles ("Chief Executive"), or the
    role's own field ("Secretary of Agriculture" for "the Huila agriculture secretary"): it names no
    other body."""
    from bot.answering.question import _asks_of_noun
    from bot.answering.role_spellings import spellings

    for w in re.findall(r"\b[A-Z][\w'’\-]+", _unbracketed(p.description)):
        low = re.sub(r"['’]s$", "", w).lower().rstrip(".")
        if low in ("the", "a", "an", "its", "his", "her", "their") or low in vocabulary().leaders:
            continue
        if role and stems(low) and any(set(stems(low)) <= set(form) for form in spellings(role)):
            continue  # ("Finance chief" for "the CFO")
        if _asks_of_noun(low) != "person" and vocabulary().title_role(low) is None:
            return False
    return True


def _holds_name(name: str, terms: frozenset[str]) -> bool:
    """An article names "Chilean" when it writes "Chile" (or another of its demonyms)."""
    if name in terms:
        return True
    country = country_for(name)
    return country is not None and any(stems(n) and all(t in terms for t in stems(n)) for n in (country, *demonyms_of(country)))


# The job of speaking for a body (index/vocabulary.yaml role_groups).
_VOICES = frozenset(t for w in vocabulary().role_group("spokesperson") if " " not in w for t in stems(w))


def voice_of(q: Question, c, group: tuple[Person, ...], idf) -> bool:
    """"The taxi drivers' spokesman": a person named in the sentence "of the Cork Taxi Drivers'
    Association" speaks for them though the article never calls them a spokesman."""
    if q.role_head not in _VOICES:
        return False
    whose = tuple(t for t in q.role if t != q.role_head)
    if not whose:
        return False
    st = c.statement
    if st is not None and not st.generic_speaker and st.speaker.split()[-1] in c.text and all(term_match(t, c.terms) for t in whose):
        return True  # the speaker is named with the body in the sentence itself
    return any(role_match(whose, p, idf) >= CLEAR_ROLE_MATCH for p in named_people(c.text, group))


def unknown_role(q: Question, candidates, people: dict[str, tuple[Person, ...]], idf, article_terms=None,
                 cities: dict[str, frozenset[str]] | None = None) -> bool:
    """A described speaker ("the regional governor") whom no retrieved passage mentions by that
    word, and whom no person's description clearly matches: the articles do not report them.
    `cities`: a country word's stem -> its cities the passages name ("the Czech governor" in Brno)."""
    if not q.role_head or not q.speaker_phrase:
        return False
    if any(s >= CLEAR_ROLE_MATCH for s, _ in resolve_role(q, people, idf, article_terms)):
        return False
    if any(voice_of(q, c, people.get(c.chunk.chunk.article_id, ()), idf) for c in candidates):
        return False  # the body's voice is named with the body ("X, of the Cab Drivers' Association")
    if asks_the_writers(q.role_phrase) and any(in_own_voice(c.text) for c in candidates):
        return False  # "the fact-checkers" write "we asked", "our verdict"
    if _body_named(q, candidates):
        return False
    # The role and the names that qualify it in one passage: "the Castlebridge manager" is not
    # reported by an article with a Castlebridge defeat and another club's manager. Other words
    # of the description are often paraphrased ("the defeated candidate" / "the losing candidate").
    qualifiers = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", q.role_phrase or "") if w[:1].isupper() and w.lower() not in ("the", "a", "an")
                  and not (w.isupper() and len(w) <= 4)]  # "US", "UN": articles write "U.S."
    # Each qualifier as its word's stems, or as its country's ("Serbian" meets "Serbia's").
    wanted = [[(q.role_head,), *same_job(q.role_head), *_compound_job(q.role_phrase or "", q.role_head)]]
    if field := job_field(q.role_phrase, q.role_head):
        wanted.append([field])  # "the finance director" is not whoever leads the body
    for w in qualifiers:
        w = re.sub(r"['’]s$", "", w)
        forms = [tuple(stems(w))]
        country = country_for(w) or country_of_capital(w)  # "Oslo's minister" is Norway's
        if country:
            forms.append(tuple(stems(country)))
        forms += [tuple(stems(city)) for city in (cities or {}).get((stems(w) or [""])[0], ())]
        wanted.append(forms)
    body = _role_body(q.role_phrase or "")
    for c in candidates:
        present = frozenset(stems(c.chunk.chunk.text))
        st = c.statement
        if st is not None and not st.generic_speaker:
            # "the daughter of Derek Vane" is reported in his own words: "My daughter lives in Leeds".
            present |= frozenset(stems(st.speaker))
        if all(_holds(forms, present) for forms in wanted):
            return False
        # "the captain of the Grenville Steel band": "the band's captain" in a passage of the story whose
        # lede names the band; the job and its body together, the body's names anywhere in that article
        if body and article_terms is not None and body in present and _holds(wanted[0], present) \
                and all(_holds(forms, article_terms(c.chunk.chunk.article_id)) for forms in wanted[1:]):
            return False
    return True


def _holds(forms, present) -> bool:
    """Some form of a wanted word (each of its stems) is in `present`."""
    return any(f and all(term_match(t, present) for t in f) for f in forms)


# "the captain of the Grenville Steel band", "the boss of the company": the kind of body the job is of
_OF_BODY = re.compile(r"\bof\s+(?:the|a|an|this|that)\s+(?:[\w'’\-]+\s+){0,3}?(?P<noun>[a-z][a-z\-]+)\s*$")


def _role_body(phrase: str) -> str | None:
    m = _OF_BODY.search(phrase)
    found = stems(m.group("noun")) if m else ()
    return found[0] if found else None


# "shopkeeper" / "runs the island's only shop", "landowner" / "owns the land": a compound job
# noun is its first part's thing plus a doer's word; the thing, in the passage, tells of the job.
_DOER = re.compile(r"^(?:[a-z]{3,}(?:er|or)|[a-z]*(?:wo)?man)$")
MIN_DOER = 5
_NOT_THINGS = frozenset("the a an his her their its our my your new former chief head senior local".split())
# An office is named by its title, with its field: "the finance minister" is no "finance" job.
_OFFICES = frozenset("minister officer director manager leader member speaker chairman chairwoman commissioner governor "
                     "prosecutor inspector secretary councillor counselor counsellor senator mayor editor reporter "
                     "professor lecturer doctor partner founder controller auditor regulator".split())


def _compound_job(phrase: str, head: str) -> list[tuple[str, ...]]:
    """The thing a compound job noun is made of ("shop" of "shopkeeper"), as a form of the role."""
    written = [w.lower().strip("?,.") for w in phrase.split()]
    words = [re.sub(r"['’]s?$", "", w) for w in written]
    word = next((w for w in words if stems(w)[-1:] == (head,)), "")
    at = words.index(word) if word else 0
    # "the group's treasurer": a possessive names whose job it is, not the thing the job is of.
    possessive = at > 0 and re.search(r"['’]s?$", written[at - 1]) is not None
    if at > 0 and not possessive and _DOER.match(word) and word not in _OFFICES and stems(words[at - 1]) \
            and words[at - 1] not in _NOT_THINGS:
        return [tuple(stems(words[at - 1]))]  # written apart: "lock keeper", "bus driver" is a "lock" job
    out = []
    for cut in range(4, len(word) - MIN_DOER + 1):
        first, doer = word[:cut], word[cut:]
        if _DOER.match(doer) and stems(first) and stems(doer) and stems(doer)[0] != head:
            out.append(tuple(stems(first)))
            break
    return out


def _body_named(q: Question, candidates) -> bool:
    """"What advice did the council's trading standards officers give": what a group did, not what
    one person said. A passage naming the group by all the other words of the description ("the
    council's trading standards team") reports it: the head noun of a group is often paraphrased."""
    if asks_about_speech(q.text):
        return False
    rest = [t for t in q.role if t != q.role_head]
    if len(rest) < 2:
        return False
    return any(all(term_match(t, frozenset(stems(c.chunk.chunk.text))) for t in rest) for c in candidates)


@lru_cache(maxsize=1024)
def same_job(head: str) -> tuple[tuple[str, ...], ...]:
    """Other words for the job a role's head noun names (index/vocabulary.yaml role_groups):
    "the industry insider" is reported as "a source in the industry"."""
    groups = [g for g in vocabulary().role_groups if any(stems(w)[-1:] == (head,) for w in g if stems(w))]
    return tuple(tuple(stems(w)) for g in groups for w in sorted(g) if stems(w))


def role_speaker(q: Question, people: dict[str, tuple[Person, ...]], idf, article_terms=None) -> str | None:
    """The one person a role phrase describes, when one clearly does."""
    found = role_person(q, people, idf, article_terms)
    return found[1].name if found is not None else None


def names_a_body(phrase: str | None) -> bool:
    """A role phrase headed by a body's noun that a job word only qualifies ("the GP co-op": the
    doctors' co-operative, not one GP). "The president of the growers' group" is a person, and "the
    minibus company" may be answered by its chairman: those are left to the role's reading."""
    if not phrase:
        return False
    from index.vocabulary import vocabulary

    v = vocabulary()
    words = [w.strip("?,.'’").lower() for w in phrase.split()]
    head, before = words[-1], words[:-1]
    return head in v.body_nouns and not v.is_role(head) and any(v.is_role(w) for w in before) \
        and not any(w in ("of", "for", "at", "from", "with") for w in before)


def role_person(q: Question, people: dict[str, tuple[Person, ...]], idf, article_terms=None) -> tuple[str, Person] | None:
    """(article id, person) of the one person a role phrase clearly describes, else None."""
    if names_a_body(q.role_phrase):
        return None  # "the GP co-op": a body, not the GP who works shifts for it
    found = [(s, p) for s, p in resolve_role(q, people, idf, article_terms) if s >= CLEAR_ROLE_MATCH]
    if not found:
        return None
    if len(found) > 1 and found[1][0] >= found[0][0] - 0.05 and found[1][1].name != found[0][1].name:
        return None
    return next(((a, p) for a, group in people.items() for p in group if p is found[0][1]), None)
