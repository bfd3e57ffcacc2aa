"""Does a sentence hold the kind of thing the question asks for, from the person it asks about?

    who / which official  -> the sentence (or its attribution) names a person
    how many / how much   -> a number that counts or measures, not a year or a day
    how long              -> a duration
    "the sheriff"         -> the person the articles describe so, found among the retrieved articles' people
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.alike import NoAlike
from bot.answering.people import _LEADER_STEMS, _SAME_JOB, Person, people_of, role_match, term_match
from bot.answering.predicate import denies_object, happened, kin, names_done, names_event
from bot.answering.question import WH, Question, amounts, asks_about_speech, durations
from bot.answering.terms import stems
from bot.answering.venues import says_where
from index.statements.nlp import pipeline
from index.vocabulary import vocabulary
from index.world import country_for, demonyms_of, is_place

# Below these a sentence is kept only if nothing better holds the asked-for thing.
NO_PERSON = 0.35
NEAR_PERSON = 0.9
NO_AMOUNT = 0.2
NO_AMOUNT_IMPLICIT = 0.8
VAGUE_AMOUNT = 0.6
NO_COUNTED = 0.6
NO_PLACE = 0.5
ROLE_MATCH = 0.5  # share of a role phrase's (idf-weighted) terms a person's description must hold
ROLE_BONUS = 0.2
OTHER_ROLE = 0.7  # a who-question's sentence naming only people the role phrase does not describe
CLEAR_ROLE_MATCH = 0.75


def people_by_article(article_ids, corpus) -> dict[str, tuple[Person, ...]]:
    out = {}
    for article_id in dict.fromkeys(article_ids):
        article = corpus.article(article_id)
        out[article_id] = people_of(article) if article is not None else ()
    return out


def named_people(text: str, people: tuple[Person, ...]) -> list[Person]:
    return [p for p in people if re.search(rf"(?<![\w-]){re.escape(p.surname)}(?![\w-])", text)]


# Of the best sentences, how many are parsed for an organisation's name ("made by the start-up X").
ORG_LOOKS = 6


def _organisations_answer(q: Question, candidates) -> set[int]:
    """"Who made / built / bought X" is answered by a company as well as by a person; "who said"
    and "which official" ask for a person. The best few sentences are parsed for an ORG entity."""
    if q.role or asks_about_speech(q.text):
        return set()
    best = sorted(candidates, key=lambda c: -c.score)[:ORG_LOOKS]
    return {id(c) for c in best if _names_organisation(c.text)}


@lru_cache(maxsize=4096)
def _names_organisation(text: str) -> bool:
    return any(e.label_ == "ORG" for e in pipeline()(text).ents)


def resolve_role(q: Question, people: dict[str, tuple[Person, ...]], idf, article_terms=None) -> list[tuple[float, Person]]:
    """People whose descriptions hold the question's role phrase, best first. The names that
    qualify a role ("the Oyo transport commissioner") are the article's to hold, not the
    description's ("the Commissioner for Works and Transport"): `article_terms(id)`, an
    article's stems, says which articles hold them."""
    if not q.role:
        return []
    # Only places: "the Castlebridge manager" is not any manager in a story naming Castlebridge.
    names = [t for t in q.role if t in q.names]
    rest = tuple(t for t in q.role if t not in q.names)
    if not all(country_for(n) or is_place(n) for n in names):
        names = []
    scored = []
    for article_id, group in people.items():
        scoped = names and rest and article_terms is not None and all(_holds_name(n, article_terms(article_id)) for n in names)
        for p in group:
            own = scoped and not _elsewhere(p, names)
            s = max(role_match(q.role, p, idf), role_match(rest, p, idf) if own else 0.0)
            if s >= ROLE_MATCH:
                scored.append((s, p))
    scored.sort(key=lambda x: -x[0])
    return scored


def check_types(q: Question, candidates, people: dict[str, tuple[Person, ...]], idf, alike=NoAlike(),
                described: str | None = None, article_terms=None) -> None:
    """Weigh down sentences that lack what the question asks for; weigh up the described person's.
    `alike` tells nouns for the same thing ("buildings" / "structures"): the thing counted may be
    written otherwise in the article."""
    role_people = resolve_role(q, people, idf, article_terms)
    if q.kind == "how-many" and q.counted_word:
        alike.prefetch([q.counted_word, *(w for c in candidates for w in _after_numbers(c.text))])
    best_role = {p.name: s for s, p in role_people}
    # The best described person holds the role's own job word ("city unit chief" for "city chief"),
    # not only another leader's ("chief executive" for "chairs"): others' sentences answer less.
    own_job = bool(role_people) and q.role_head is not None and (
        q.role_head in role_people[0][1].terms or bool(role_people[0][1].terms & (_SAME_JOB.get(q.role_head, frozenset()) - _LEADER_STEMS)))
    by_organisation = _organisations_answer(q, candidates) if q.asks == "person" else set()
    for c in candidates:
        article_id = c.chunk.chunk.article_id
        group = people.get(article_id, ())
        if q.asks == "person":
            named = named_people(c.text, group)
            speaker = c.statement.speaker if c.statement is not None else None
            said_by_person = speaker is not None and (
                any(p.name == speaker or p.surname in speaker for p in group)
                or (len(speaker.split()) >= 2 and all(w[:1].isupper() for w in speaker.split()))
            )
            if not named and not said_by_person and id(c) not in by_organisation:
                # A sentence whose paragraph names the person may still answer ("... said. Sofia
                # Brandão wrote ..."): extractive.with_person brings that sentence along.
                c.score *= NEAR_PERSON if named_people(c.chunk.chunk.text, group) else NO_PERSON
            elif best_role:
                match = max([best_role.get(p.name, 0.0) for p in named] + [best_role.get(speaker or "", 0.0)])
                c.score += ROLE_BONUS * match
                if not match and own_job:
                    c.score *= OTHER_ROLE  # "which city chief": someone else's words, though on the subject
        elif q.asks == "amount" and q.kind == "how-many":
            if _denies(c.text, q):
                continue  # "had not received a ransom demand" answers "how much ransom" whoever says it
            found = amounts(c.text)
            if not found:
                # "What is the biggest cost" may be answered in words; "how many" never is.
                c.score *= NO_AMOUNT if _HOW_MANY.search(q.text) else NO_AMOUNT_IMPLICIT
            elif q.counted and _counts_alike(c.text, q.counted_word, alike):
                pass  # "84 structures" counts the buildings asked about
            elif q.counted and _counts_act(c.text, q):
                pass  # "85,000 signatures" counts the people who signed
            elif q.counted and not all(term_match(t, c.terms) for t in q.counted):
                c.score *= NO_COUNTED * NO_COUNTED
            elif q.counted and not _counts(c.text, q.counted):
                c.score *= NO_COUNTED
            counts = _counting(c.text, q, alike) if q.counted else found
            if any(a.lower() in _VAGUE for a in counts):
                c.score *= VAGUE_AMOUNT  # "hundreds of ballots" only if no sentence gives the count
        elif q.asks == "place" and not says_where(c.text, countries="country" in q.text.lower()):
            c.score *= NO_PLACE
        elif q.asks == "duration" and q.kind == "how-many":
            if not durations(c.text):
                c.score *= NO_AMOUNT
        if not role_people and q.role_head and q.speaker_phrase and q.asks != "person" and not _said_by(c, described) \
                and asks_about_speech(q.text):
            # "What did the regional governor say": nobody is described so; a sentence must at
            # least use the role's word, or it is about someone else. Not so for what someone did
            # ("how many people did the roofer defraud"): the sentence that says it names the doer
            # by name, or not at all, and the question's other words pick it.
            present = c.terms | frozenset(stems(c.chunk.chunk.text))
            if not any(all(term_match(t, present) for t in form) for form in ((q.role_head,), *_same_job(q.role_head))) \
                    and not voice_of(q, c, group, idf):
                c.score *= NO_PERSON
        if role_people and q.speaker_phrase and q.asks != "person":
            # "What did the sheriff say": the described person's sentences answer it.
            named = named_people(c.text, group)
            speaker = c.statement.speaker if c.statement is not None else ""
            if any(p.name in best_role for p in named) or any(n in speaker for n in best_role):
                c.score += ROLE_BONUS * max(best_role.values())


def _elsewhere(p: Person, names: list[str]) -> bool:
    """A description that names a place or country other than the role's ("the Ugandan minister"
    for "the Kenyan minister"): the job is held somewhere else."""
    for w in re.findall(r"\b[A-Z][\w'’\-]+", p.description):
        w = re.sub(r"['’]s$", "", w)
        if (country_for(w) or is_place(w)) and not set(stems(w)) & set(names) \
                and not any(country_for(w) and country_for(w) == country_for(n) for n in names):
            return True
    return False


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


def unknown_role(q: Question, candidates, people: dict[str, tuple[Person, ...]], idf, article_terms=None) -> bool:
    """A described speaker ("the regional governor") whom no retrieved passage mentions by that
    word, and whom no person's description clearly matches: the articles do not report them."""
    if not q.role_head or not q.speaker_phrase:
        return False
    if any(s >= CLEAR_ROLE_MATCH for s, _ in resolve_role(q, people, idf, article_terms)):
        return False
    if any(voice_of(q, c, people.get(c.chunk.chunk.article_id, ()), idf) for c in candidates):
        return False  # the body's voice is named with the body ("X, of the Cab Drivers' Association")
    if _body_named(q, candidates):
        return False
    # The role and the names that qualify it in one passage: "the Castlebridge manager" is not
    # reported by an article with a Castlebridge defeat and another club's manager. Other words
    # of the description are often paraphrased ("the defeated candidate" / "the losing candidate").
    qualifiers = [w for w in re.findall(r"[^\W\d_][\w'’\-]*", q.role_phrase or "") if w[:1].isupper() and w.lower() not in ("the", "a", "an")
                  and not (w.isupper() and len(w) <= 4)]  # "US", "UN": articles write "U.S."
    # Each qualifier as its word's stems, or as its country's ("Serbian" meets "Serbia's").
    wanted = [[(q.role_head,), *_same_job(q.role_head)]]
    for w in qualifiers:
        w = re.sub(r"['’]s$", "", w)
        forms = [tuple(stems(w))]
        country = country_for(w)
        if country:
            forms.append(tuple(stems(country)))
        wanted.append(forms)
    for c in candidates:
        present = frozenset(stems(c.chunk.chunk.text))
        if all(any(f and all(term_match(t, present) for t in f) for f in forms) for forms in wanted):
            return False
    return True


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
def _same_job(head: str) -> tuple[tuple[str, ...], ...]:
    """Other words for the job a role's head noun names (index/vocabulary.yaml role_groups):
    "the industry insider" is reported as "a source in the industry"."""
    groups = [g for g in vocabulary().role_groups if any(stems(w)[-1:] == (head,) for w in g if stems(w))]
    return tuple(tuple(stems(w)) for g in groups for w in sorted(g) if stems(w))


def role_speaker(q: Question, people: dict[str, tuple[Person, ...]], idf, article_terms=None) -> str | None:
    """The one person a role phrase describes, when one clearly does."""
    found = [(s, p) for s, p in resolve_role(q, people, idf, article_terms) if s >= CLEAR_ROLE_MATCH]
    if not found:
        return None
    if len(found) > 1 and found[1][0] >= found[0][0] - 0.05 and found[1][1].name != found[0][1].name:
        return None
    return found[0][1].name


def names_place(text: str, countries: bool = False) -> bool:
    """A city, capital or state named in the sentence (index.world); a country only when asked for."""
    # A name of several words is one name: "Kettle Cove Road" is no town even where Kettle Cove is one.
    runs = re.findall(r"(?<!^)(?<![.!?]\s)\b[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)*", text)
    return any(is_place(r) and (countries or country_for(r) is None) for r in runs)


def _counts(text: str, counted: tuple[str, ...]) -> bool:
    """A number stands next to the thing counted: "1,140 postal ballots", "3,200 public basic schools"."""
    words = re.findall(r"[\w%,.]+", text)
    for i, w in enumerate(words):
        if amounts(w):
            near = frozenset(t for x in words[i + 1 : i + 5] for t in stems(x))
            if any(term_match(t, near) for t in counted):
                return True
    return False


def _after_numbers(text: str) -> list[str]:
    """The words just after each number: where the thing counted is named."""
    words = re.findall(r"[\w%,.\-]+", text)
    return [w.strip(".,").lower() for i, x in enumerate(words) if amounts(x) for w in words[i + 1 : i + 4]]


def _counting(text: str, q: Question, alike) -> list[str]:
    """The numbers that stand before the thing counted (by its word or a word for it)."""
    words = re.findall(r"[\w%,.\-]+", text)
    out = []
    for i, w in enumerate(words):
        if not amounts(w):
            continue
        near = [x.strip(".,").lower() for x in words[i + 1 : i + 5]]
        if any(term_match(t, frozenset(s for x in near for s in stems(x))) for t in q.counted) or (
            q.counted_word and any(alike.same_thing(q.counted_word, x) for x in near[:3])
        ):
            out.append(w.rstrip(".,"))
    return out


# "How many people signed": the people are counted by what they did.
_ANYONE = frozenset("people persons individuals".split())


def _counts_act(text: str, q: Question) -> bool:
    """"How many people have signed the petition" / "85,000 signatures": a number before a noun of the
    question's verb's family counts the people who did it."""
    verb = _counting_verb(q.text, q.counted_word) if q.counted_word in _ANYONE else None
    if verb is None:
        return False
    return any(kin(verb, re.sub(r"(?<=[^s])s$", "", w)) for w in _after_numbers(text))


@lru_cache(maxsize=1024)
def _counting_verb(question: str, counted_word: str) -> str | None:
    m = re.search(rf"\bhow many {re.escape(counted_word)}\s+(?:(?:have|has|had|did|do|were|was|are|is)\s+)?(?:been\s+)?([a-z]+)",
                  question, re.I)
    if not m:
        return None
    word = m.group(1).lower()
    return next((t.lemma_.lower() for t in pipeline()(question) if t.lower_ == word and t.pos_ == "VERB"), None)


def _counts_alike(text: str, counted_word: str | None, alike) -> bool:
    """A number next to a word for the thing counted: "at least 84 structures" for buildings."""
    return bool(counted_word) and any(alike.same_thing(counted_word, w) for w in _after_numbers(text))


_HOW_MANY = re.compile(r"\bhow (?:many|much)\b", re.I)
_VAGUE = frozenset("dozen dozens hundreds thousands millions billions several".split())


def _denies(text: str, q: Question) -> bool:
    """"had not received a ransom demand": a denial of the thing counted answers the question too."""
    return bool(re.search(r"\b(?:no|not|never|none)\b", text, re.I)) and any(t in stems(text) for t in q.counted)


def known_as_demonym(word: str, df) -> bool:
    """A question's "Latvian" or "Uzbek" is known when the articles write "Latvia" or "Uzbekistan"."""
    country = country_for(word)
    if country is None:
        return False
    # "Poland" is known where the articles write only "its Polish factory".
    return any(all(df(t) > 0 for t in stems(name)) and stems(name) for name in (country, *demonyms_of(country)))


NO_PREDICATE = 0.3
DENIES_PREMISE = 0.3
ONLY_FUTURE = 0.25
MAX_PARSED = 8


def check_predicate(q: Question, candidates, speaker: str | None = None):
    """The best sentences must say that what the question asks about happened: parsed best first,
    until one does (or MAX_PARSED were), so only a few sentences are ever parsed.

    Returns the sentence that says the event is still to come ("he would sign it next week") when
    none of them says it happened: the articles then do not say what the question takes as done.

    The statements of the person asked about (`speaker`) are their answer in their own words: "what
    did the inspector find" is answered by what the inspector told reporters, whatever the verb."""
    # Who-questions name their person by role ("who is commanding"), when-questions and why-questions
    # are often answered in other words ("planned" / "scheduled"): for them only a thing yet to
    # happen rules a sentence out. A question about the future is not checked at all.
    if q.predicate is None or not q.predicate.past or q.kind in ("who", "compare"):
        return None
    # A yes/no question ("Did he accept that ...?") may be answered by a denial in other words.
    strict = q.kind in ("how-many", "what") and q.text.split()[0].lower() in WH
    asked = _asked_thing(q)
    checked: set[int] = set()
    seen_it, ahead = False, None
    for _ in range(MAX_PARSED):
        rest = [c for c in candidates if id(c) not in checked]
        if not rest:
            break
        best = max(rest, key=lambda c: c.score)
        checked.add(id(best))
        said = happened(best.text, q.predicate.lemma)
        if said in ("no", "future") and q.predicate.obj and denies_object(best.text, q.predicate.obj):
            said = "negated"  # "what deal did they sign" / "talks collapsed without a deal"
        if said == "no" and asked and asked in best.terms and names_done(best.text, q.predicate.obj):
            said = "yes"  # "what injury did the wing suffer" / "left the field with a shoulder injury"
        if said == "negated":
            best.score += DENIES_PREMISE  # the false premise's correction answers it
            return None
        if said == "yes" and q.kind != "why":
            return None  # a why-question's premise may still be denied further down: read on
        seen_it = seen_it or said == "yes"
        if said == "future":
            if ahead is None and names_event(best.text, q.predicate.lemma):
                ahead = best
            best.score *= ONLY_FUTURE
        elif strict and not _said_by(best, speaker):
            best.score *= NO_PREDICATE
    if strict and not seen_it:
        # None of the best sentences says it happened: the weaker ones, left unparsed, do not either.
        for c in candidates:
            if id(c) not in checked and not _said_by(c, speaker):
                c.score *= NO_PREDICATE
    return ahead if not seen_it else None


def _asked_thing(q: Question) -> str | None:
    """The stem of the noun a what-question asks for, when it is the predicate's object ("what
    injury did she suffer"): a sentence naming that thing answers whatever its verb ("left the field
    with a shoulder injury"). The event's verb is what paraphrase changes most."""
    obj = q.predicate.obj if q.predicate is not None else None
    if q.kind != "what" or not obj:
        return None
    m = re.match(r"^\s*(?:and\s+)?(?:what|which)\s+([^\W\d_][\w\-]*)", q.text, re.I)
    if not m or stems(m.group(1)) != stems(obj):
        return None
    return stems(obj)[0]


def _said_by(c, speaker: str | None) -> bool:
    return speaker is not None and c.statement is not None and c.statement.speaker == speaker


def describe(candidates, people: dict[str, tuple[Person, ...]]) -> None:
    """Give each candidate the terms of who it is by or about: "Kowalczyk said" brings "retired electrician"."""
    for c in candidates:
        group = people.get(c.chunk.chunk.article_id, ())
        about = set(c.terms)
        for p in named_people(c.text, group):
            about |= p.terms
        if c.statement is not None:
            by = set(stems(c.statement.speaker))
            for p in group:
                if p.surname in c.statement.speaker:
                    # "the mayor's fiercest critic" is no mayor: a possessor does not describe them.
                    by |= set(stems(re.sub(r"\b[\w\-]+['’]s?(?=\s)", " ", p.description)))
            c.by = frozenset(by)
            about |= by
        c.about = frozenset(about)
