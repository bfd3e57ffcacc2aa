"""Does a sentence hold the kind of thing the question asks for, from the person it asks about?

    who / which official  -> the sentence (or its attribution) names a person
    how many / how much   -> a number that counts or measures, not a year or a day
    how long              -> a duration
    where                 -> a place or a venue
    "the sheriff"         -> the described person's sentences weigh more (roles.py finds them)

How a number counts the thing asked is counting.py; whether the event happened, predicate_check.py.
"""

from __future__ import annotations

import re
from functools import cache

from bot.answering.alike import NoAlike
from bot.answering.body_names import body_name
from bot.answering.asked import says_money
from bot.answering.paraphrase import paraphrased
from bot.answering.possessed import asks_holding
from bot.answering.counting import (
    HOW_MANY, VAGUE, after_numbers, asks_done, asks_residents, counting, counts_act, counts_alike, counts_by_modifier, counts_people_doing, denies_counted,
    elided_count, number_before, resident_counts,
)
from bot.answering.mentions import named_people, said_by
from bot.answering.other_counted import LOOKED_AT, OTHER_COUNTED, OTHER_YEAR, counts_other, only_leave_asked, other_year
from bot.answering.own_voice import asks_the_writers, in_own_voice
from bot.answering.people import _LEADER_STEMS, _SAME_JOB, Person, term_match
from bot.answering.question import FIGURE_NOUNS, Question, amounts, asks_about_speech, extents
from bot.answering.owned_places import named_holder
from bot.answering.role_speakers import person_of_role
from bot.answering.role_spellings import holds_job
from bot.answering.roles import CLEAR_ROLE_MATCH, resolve_role, same_job, voice_of
from bot.answering.terms import stems
from bot.answering.parsing import kept, parse, parse_batch
from bot.answering.venues import prefetch_where, says_where
from bot.answering.home_places import asks_origin, says_from
from index.vocabulary import noun_asks
from index.world import country_for, demonyms_of

# Below these a sentence is kept only if nothing better holds the asked-for thing.
NO_PERSON = 0.35
NEAR_PERSON = 0.9
NO_AMOUNT = 0.2
NO_AMOUNT_IMPLICIT = 0.8
VAGUE_AMOUNT = 0.6
NO_COUNTED = 0.6
NO_PLACE = 0.5
ROLE_BONUS = 0.2
_ANY_HEAD = frozenset(t for w in ("head", "boss") for t in stems(w))
OTHER_ROLE = 0.7  # a who-question's sentence naming only people the role phrase does not describe
OTHER_JOB = 0.6  # ...each described by a job of their own, when another person clearly holds the role asked
# the verbs of "who heads / runs / is in charge of X", which ask for X's head and nothing else
_LEADING = frozenset(t for w in "head lead run direct manage chair charge".split() for t in stems(w))
NOT_THE_HOLDER = 0.5  # "Who is in charge of X?", asking nothing but the role: a sentence not naming its clear holder


_WHO_DID_X_SAY = re.compile(r"^\s*(?:and\s+)?who\s+(?:did|does|do|has|had)\s+(?:[\w'’\-]+\s+){1,4}(?:say|said|tell|claim|allege)\b", re.I)

# Of the best sentences, how many are parsed for an organisation's name ("made by the start-up X").
ORG_LOOKS = 6
_MONEY_WORDS = frozenset("money cash funds funding sum debt debts loan loans savings".split())  # (a debt is held in money: "I owe $200,000")
_PER_CENT = re.compile(r"\bper\s?cent\b", re.I)  # a share, though "cent" is a coin


def _organisations_answer(q: Question, candidates, unsettled: set[int]) -> set[int]:
    """"Who made / built / bought X" is answered by a company as well as by a person; "who said"
    and "which official" ask for a person. The best few sentences are parsed for an ORG entity,
    those only whose weight it still decides (`unsettled`: the parse with entities is most of a
    who-question's work after retrieval)."""
    if q.role or asks_about_speech(q.text):
        return set()
    best = [c for c in sorted(candidates, key=lambda c: -c.score)[:ORG_LOOKS] if id(c) in unsettled]
    parse_batch((c.text for c in best if not _names_organisation.known(c.text)), entities=True)  # together: half the cost
    return {id(c) for c in best if _names_organisation(c.text)}


def _persons_named(candidates, people: dict[str, tuple[Person, ...]], unsettled: set[int]) -> set[int]:
    """The best few sentences that name a person the article's people lack ("The company's head of
    design, Orla Benn, demonstrated the hinge"): people are read at ingest where a name recurs or is
    described in a known way, and a name written once is a person all the same. Of them, those
    `unsettled` only are parsed."""
    best = [c for c in sorted(candidates, key=lambda c: -c.score)[:ORG_LOOKS]
            if not named_people(c.text, people.get(c.chunk.chunk.article_id, ())) and id(c) in unsettled]
    parse_batch((c.text for c in best if not _names_person.known(c.text)), entities=True)
    return {id(c) for c in best if _names_person(c.text)}


def _named_or_said(c, group: tuple[Person, ...]) -> tuple[list[Person], str | None, bool]:
    """Whom a who-question's candidate names, who says it, and whether that speaker is a person."""
    named = named_people(c.text, group)
    speaker = c.statement.speaker if c.statement is not None else None
    if (behind := person_of_role(speaker, group)) is not None:
        named, speaker = [*named, behind], behind.name  # "the District Commissioner said": the one so described
    said_by_person = speaker is not None and (
        any(p.name == speaker or p.surname in speaker for p in group)
        or (len(speaker.split()) >= 2 and all(w[:1].isupper() for w in speaker.split()) and not body_name(speaker))
    )
    return named, speaker, said_by_person


@kept(4096)
def _names_person(text: str) -> bool:
    """A full name (given name and surname) the parser reads as a person."""
    return any(e.label_ == "PERSON" and len(e.text.split()) >= 2 for e in parse(text, entities=True).ents)


@kept(4096)
def _names_organisation(text: str) -> bool:
    return any(e.label_ == "ORG" for e in parse(text, entities=True).ents)


def check_types(q: Question, candidates, people: dict[str, tuple[Person, ...]], idf, alike=NoAlike(),
                described: str | None = None, article_terms=None) -> None:
    """Weigh down sentences that lack what the question asks for; weigh up the described person's.
    `alike` tells nouns for the same thing ("buildings" / "structures"): the thing counted may be
    written otherwise in the article."""
    role_people = resolve_role(q, people, idf, article_terms)
    if q.kind == "how-many" and q.counted_word:
        alike.prefetch([q.counted_word, *(w for c in candidates for w in after_numbers(c.text))])
    best_role = {p.name: s for s, p in role_people}
    # The best described person holds the role's own job word ("city unit chief" for "city chief"),
    # not only another leader's ("chief executive" for "chairs"): others' sentences answer less.
    own_job = bool(role_people) and q.role_head is not None and (
        holds_job(q.role_head, role_people[0][1].terms) or bool(role_people[0][1].terms & (_SAME_JOB.get(q.role_head, frozenset()) - _LEADER_STEMS))
        # "the head of X" is X's top job whatever it is called: its president, its principal
        or (q.role_head in _ANY_HEAD and bool(role_people[0][1].terms & (_LEADER_STEMS | _SAME_JOB.get(q.role_head, frozenset())))))
    # "Who did Oluchi say collected the money?": her words answer with whom they name, a name or a
    # tie ("My brother-in-law collected the money"), in the paragraph that names her.
    told_by = frozenset(q.names) if q.kind == "who" and q.names and _WHO_DID_X_SAY.match(q.text) else frozenset()
    evidence = {id(c): _named_or_said(c, people.get(c.chunk.chunk.article_id, ())) for c in candidates} if q.asks == "person" else {}
    # The sentences nothing but a parse for an organisation or a person may yet save from the
    # weigh-down below: no known person named, none saying it, no holder named, not the teller's words.
    unsettled = {id(c) for c in candidates if q.asks == "person" and not evidence[id(c)][0] and not evidence[id(c)][2]
                 and not named_holder(q, c.text) and not (told_by and told_by <= frozenset(stems(c.chunk.chunk.text)))}
    by_organisation = _organisations_answer(q, candidates, unsettled) if q.asks == "person" else set()
    residents = q.kind == "how-many" and asks_residents(q)  # "how many people live on X" (once per question)
    by_person = _persons_named(candidates, people, unsettled - by_organisation) if q.asks == "person" else set()
    # "Who heads the agency?" asks for the role's holder only: with one person clearly holding it,
    # other sentences on the body's subject ("officials have asked ...") do not answer.
    holder = role_people[0][1].name if (
        q.kind == "who" and role_people and role_people[0][0] >= CLEAR_ROLE_MATCH
        and (len(role_people) == 1 or role_people[1][0] < CLEAR_ROLE_MATCH)
        and all(t in q.role or t in _LEADING for t in q.terms)) else None
    countries = "country" in q.text.lower()
    origin = q.asks == "place" and asks_origin(q.text)
    # "How many overheating reports has the importer received": the counted noun is no speech verb.
    speech = asks_about_speech(re.sub(rf"\b{re.escape(q.counted_word)}\b", " ", q.text) if q.counted_word else q.text)
    if q.asks == "place":
        prefetch_where([c.text for c in candidates], countries)
    for c in candidates:
        article_id = c.chunk.chunk.article_id
        group = people.get(article_id, ())
        if q.asks == "person":
            named, speaker, said_by_person = evidence[id(c)]
            if id(c) in unsettled and id(c) not in by_organisation | by_person:
                # A sentence whose paragraph names the person may still answer ("... said. Sofia
                # Brandão wrote ..."): extractive.with_person brings that sentence along.
                c.score *= NEAR_PERSON if named_people(c.chunk.chunk.text, group) else NO_PERSON
                if holder is not None:
                    c.score *= NOT_THE_HOLDER
            elif best_role:
                match = max([best_role.get(p.name, 0.0) for p in named] + [best_role.get(speaker or "", 0.0)])
                # the clear holder asked for by the role alone: its sentence answers in full
                by_holder = holder is not None and (speaker == holder or any(p.name == holder for p in named))
                c.score += ROLE_BONUS * (1.0 if by_holder else match)
                if holder is not None and not by_holder:
                    c.score *= NOT_THE_HOLDER
                if not match and own_job:
                    c.score *= OTHER_ROLE  # "which city chief": someone else's words, though on the subject
                    if role_people[0][0] >= CLEAR_ROLE_MATCH and named and all(has_own_job(p) for p in named):
                        c.score *= OTHER_JOB  # "which minister answered": the asking "member for X" is no minister
        elif q.asks == "amount" and q.kind == "how-many":
            # "67 cases of fever, mostly among children" for "how many children died": another thing counted
            if denies_counted(c.text, q):
                continue  # "had not received a ransom demand" answers "how much ransom" whoever says it
            other = c.score >= LOOKED_AT and q.counted and counts_other(c.text, q, alike) and not counts_act(c.text, q)
            found = amounts(c.text)
            if not found:
                # "What is the biggest cost" may be answered in words; "how many" never is.
                # ("What was the crowd?", a figure by name, is never answered in words either.)
                c.score *= NO_AMOUNT if HOW_MANY.search(q.text) or q.counted_word in FIGURE_NOUNS else NO_AMOUNT_IMPLICIT
            elif residents:
                pass  # (below)
            elif q.counted and counts_alike(c.text, q.counted_word, alike):
                pass  # "84 structures" counts the buildings asked about
            elif q.counted and counts_by_modifier(c.text, q):
                pass  # "46 of his palms" counts the palm trees asked about
            elif q.counted_word in _MONEY_WORDS and says_money(_PER_CENT.sub(" ", c.text)) and _does_asked(q, c):
                # "how much money is the state spending": "will spend RM38mil" names no money, it spends it;
                # "how much money has he asked for": "asked for another £40m".
                pass
            elif q.counted and counts_act(c.text, q):
                pass  # "85,000 signatures" counts the people who signed
            elif q.counted and counts_people_doing(c.text, q):
                pass  # "about 1,100 people are affected" counts the dockworkers affected
            elif elided_count(c, q):
                pass  # "... reduced to 19 wards. Independents won eight."
            elif q.counted_word in FIGURE_NOUNS and q.counted \
                    and any(set(q.counted) <= set(p.terms) and paraphrased(p, c.text, c.terms) for p in q.paraphrases):
                pass  # "what was the crowd": "The attendance tonight is 6,312" (a figure's paraphrase; not "money" by
                # "funds": a sum of other funds is no money given)
            elif q.counted and not all(term_match(t, c.terms) for t in q.counted):
                c.score *= NO_COUNTED * NO_COUNTED
            elif q.counted and not number_before(c.text, q.counted) and q.counted_word not in FIGURE_NOUNS:
                # A figure is written before its number ("net income fell to 310 million"), a count after it.
                c.score *= NO_COUNTED
            if residents and not resident_counts(c.text):
                # "how many people live on X": "X's 480 residents", not "Tobiah Quennell, 58, said the people ..."
                c.score *= NO_COUNTED
            if other or (asks_done(q.text) and only_leave_asked(c.text)):
                c.score *= OTHER_COUNTED  # ("permission to cull two seals" for "how many have been culled")
            given = counting(c.text, q, alike) if q.counted else found
            if any(a.lower() in VAGUE for a in given):
                c.score *= VAGUE_AMOUNT  # "hundreds of ballots" only if no sentence gives the count
            if other_year(q.text, c.text):
                c.score *= OTHER_YEAR  # "produced 8,400 tonnes in 2023" for "how much in the first half of 2025"
        elif q.asks == "place" and not says_where(c.text, countries) and not (origin and says_from(c.text)):
            c.score *= NO_PLACE
        elif q.asks == "duration" and q.kind == "how-many":
            if not extents(q.text, c.text):
                c.score *= NO_AMOUNT
        if not role_people and q.role_head and q.speaker_phrase and q.asks != "person" and not said_by(c, described) \
                and speech:
            # "What did the regional governor say": nobody is described so; a sentence must at
            # least use the role's word, or it is about someone else. Not so for what someone did
            # ("how many people did the roofer defraud"): the sentence that says it names the doer
            # by name, or not at all, and the question's other words pick it.
            present = c.terms | frozenset(stems(c.chunk.chunk.text))
            if not any(all(term_match(t, present) for t in form) for form in ((q.role_head,), *same_job(q.role_head))) \
                    and not voice_of(q, c, group, idf) and not (asks_the_writers(q.role_phrase) and in_own_voice(c.text)):
                c.score *= NO_PERSON
        if role_people and q.speaker_phrase and q.asks != "person":
            # "What did the sheriff say": the described person's sentences answer it.
            named = named_people(c.text, group)
            speaker = c.statement.speaker if c.statement is not None else ""
            if any(p.name in best_role for p in named) or any(n in speaker for n in best_role):
                c.score += ROLE_BONUS * max(best_role.values())


def _does_asked(q: Question, c) -> bool:
    """The sentence has the question's verb of money ("spending" / "will spend", "give", "pay") or of
    asking for it ("asked for another £40m"); a question asking only what is held ("how much money
    does the club have") is told by the sum itself ("the reserve is £9,000")."""
    return asks_holding(q.text) or bool(_money_verbs() & set(q.terms) & c.terms)


@cache
def _money_verbs() -> frozenset[str]:
    from index.vocabulary import vocabulary

    v = vocabulary()
    # The one-word verbs of asking for a thing (the paraphrase group of "request"): money is asked for too.
    asking = {w.split()[0] for g in v.paraphrases if "request" in g for w in g}  # "ask for": ask
    return frozenset(t for w in (*v.money_asked, *asking) for t in stems(w)) - {t for w in _MONEY_WORDS for t in stems(w)}


def known_as_demonym(word: str, df) -> bool:
    """A question's "Latvian" or "Uzbek" is known when the articles write "Latvia" or "Uzbekistan"."""
    country = country_for(word)
    if country is None:
        return False
    # "Poland" is known where the articles write only "its Polish factory".
    return any(all(df(t) > 0 for t in stems(name)) and stems(name) for name in (country, *demonyms_of(country)))


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


def has_own_job(p: Person) -> bool:
    """The description names a job ("member for Harrowby North", "counsel for the tenant"): the
    person is described as someone, not only named."""
    return any(noun_asks(w) == "person" and w not in _COURTESY for w in re.findall(r"[a-z][a-z\-]+", p.description.lower()))


_COURTESY = frozenset("mr mrs ms miss dr sir dame lord lady".split())
