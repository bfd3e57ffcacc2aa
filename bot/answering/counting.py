"""Does a number in a sentence count the thing a how-many question asks about?

    How many buildings were destroyed?   "at least 84 structures"       a word for the thing counted
    How many people signed?              "85,000 signatures"             a noun of the question's verb
    How many ballots were rejected?      "hundreds of ballots"           vague: kept only if nothing better
    How much ransom was demanded?        "had not received a ransom demand"   a denial answers too
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.people import term_match
from bot.answering.predicate import kin, parse_question
from bot.answering.question import Question, amounts
from bot.answering.terms import stems
from index.vocabulary import noun_asks

HOW_MANY = re.compile(r"\bhow (?:many|much)\b", re.I)
VAGUE = frozenset("dozen dozens hundreds thousands millions billions several".split())
_NEGATION = re.compile(r"\b(?:no|not|never|none|nothing)\b|n['’]t\b", re.I)


def number_before(text: str, counted: tuple[str, ...]) -> bool:
    """A number stands next to the thing counted: "1,140 postal ballots", "3,200 public basic schools"."""
    words = re.findall(r"[\w%,.]+", text)
    for i, w in enumerate(words):
        if amounts(w):
            near = frozenset(t for x in words[i + 1 : i + 5] for t in stems(x))
            if any(term_match(t, near) for t in counted):
                return True
    return False


def after_numbers(text: str) -> list[str]:
    """The words just after each number, up to a word that ends the counted noun's phrase: where the
    thing counted is named ("ten years to flower" counts years, not flowers)."""
    words = re.findall(r"[\w%,.\-]+", text)
    out = []
    for i, x in enumerate(words):
        if amounts(x):
            for w in words[i + 1 : i + 4]:
                if w.lower() in _PHRASE_ENDS:
                    break
                out.append(w.strip(".,").lower())
    return out


# Words that end a number's noun phrase: what follows is another phrase ("30 pupils at the school").
_PHRASE_ENDS = frozenset("to from in at on for by with into onto than that which who whose when where while "
                         "after before since until because as per".split())


def counting(text: str, q: Question, alike) -> list[str]:
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
    if not out:
        out = resident_counts(text) if asks_residents(q) else []  # "how many people live": "480 residents"
    return out


# "How many people signed": the people are counted by what they did.
_ANYONE = frozenset("people persons individuals".split())

# "How many people live on X": a report counts a place's people by a word for those who live there
# ("X's 480 residents", "its 1,200 inhabitants", "the island's 90 islanders"), rarely by "people" and
# the verb, so a number before such a word answers a count of the people living there.
_LIVING = frozenset("live reside inhabit".split())  # the question's verb of living somewhere, as its lemma
_RESIDENTS = frozenset("""residents resident inhabitants inhabitant islanders villagers townspeople townsfolk
    locals dwellers citizens population people persons""".split())  # ("480 people live there" too)


def asks_residents(q: Question) -> bool:
    """The question counts the people who live somewhere ("how many people live in ...")."""
    return q.counted_word in _ANYONE and _counting_verb(q.text, q.counted_word) in _LIVING


def resident_counts(text: str) -> list[str]:
    """The numbers written just before a word of residence ("480 residents")."""
    words = re.findall(r"[\w%,.\-]+", text)
    return [w.rstrip(".,") for i, w in enumerate(words)
            if amounts(w) and i + 1 < len(words) and words[i + 1].strip(".,").lower() in _RESIDENTS]


def counts_act(text: str, q: Question) -> bool:
    """"How many people have signed the petition" / "85,000 signatures": a number before a noun of the
    question's verb's family counts the people who did it."""
    # "How many members abstained" / "with three abstentions": people of any kind are counted by their act
    verb = _counting_verb(q.text, q.counted_word) if q.counted_word in _ANYONE or noun_asks(q.counted_word or "") == "person" else None
    if verb is None:
        return False
    return any(kin(verb, re.sub(r"(?<=[^s])s$", "", w)) for w in after_numbers(text))


# the frame of a reported count: "how many workers does the union say are affected"
_REPORTING = frozenset("say claim think estimate believe reckon expect tell".split())


def counts_people_doing(text: str, q: Question) -> bool:
    """"How many dockworkers does the union say are affected" / "She says about 1,100 people are
    affected": people of any kind, counted by what the question says befalls them (the same verb
    within a few words of the number), answer a count of one kind of person."""
    if not q.counted_word or noun_asks(q.counted_word) != "person":
        return False
    verb = _verb_after(q.text, q.counted_word)
    if verb is None:
        return False
    words = re.findall(r"[\w%,.\-]+", text)
    for i, w in enumerate(words):
        after = [x.strip(".,").lower() for x in words[i + 1: i + 6]]
        if amounts(w) and after and after[0] in _ANYONE and any(verb in stems(x) for x in after[1:]):
            return True
    return False


@lru_cache(maxsize=1024)
def _verb_after(question: str, counted_word: str) -> str | None:
    """The stem of the question's verb of the counted people, past a reporting frame ("does X say")."""
    toks = list(parse_question(question))
    at = next((k for k, t in enumerate(toks) if t.lower_ == counted_word.lower()), None)
    if at is None:
        return None
    verbs = [t for t in toks[at + 1:] if t.pos_ == "VERB" and t.lemma_.lower() not in _REPORTING]
    return stems(verbs[0].text)[0] if verbs and stems(verbs[0].text) else None


@lru_cache(maxsize=1024)
def _counting_verb(question: str, counted_word: str) -> str | None:
    m = re.search(rf"\bhow many (?:[\w\-]+\s+){{0,2}}?{re.escape(counted_word)}\s+(?:(?:have|has|had|did|do|were|was|are|is)\s+)?(?:been\s+)?([a-z]+)",
                  question, re.I)
    if not m:
        return None
    word = m.group(1).lower()
    # The question's own parse (predicate.parse_question), made once for every check that reads it.
    return next((t.lemma_.lower() for t in parse_question(question) if t.lower_ == word and t.pos_ == "VERB"), None)


def counts_alike(text: str, counted_word: str | None, alike) -> bool:
    """A number next to a word for the thing counted: "at least 84 structures" for buildings."""
    return bool(counted_word) and any(alike.same_thing(counted_word, w) for w in after_numbers(text))


def counts_by_modifier(text: str, q: Question) -> bool:
    """"How many palm trees ...": "46 of his palms" counts them by the compound's first noun alone, in
    the plural, which only a head noun takes (the question's singular "palm" before "trees" modifies)."""
    if not q.counted_word:
        return False
    m = re.search(rf"\b([a-z][a-z\-]+)\s+{re.escape(q.counted_word)}\b", q.text, re.I)
    if m is None or m.group(1).lower() in _NOT_MODIFIERS:
        return False
    modifier = m.group(1).lower()
    return any(w in (modifier + "s", modifier + "es") for w in after_numbers(text))


_NOT_MODIFIERS = frozenset("many much the of".split())  # "how many trees": no compound


def denies(text: str) -> bool:
    """The sentence says no: "had not received", "hasn't paid", "nothing was taken" (not "would not
    rule out fines", which leaves them possible)."""
    from bot.answering.predicate import leaves_open

    return bool(_NEGATION.search(text)) and not leaves_open(text)


DENIAL_REACH = 6  # words between a "not" and the thing it denies


def denies_counted(text: str, q: Question) -> bool:
    """"had not received a ransom demand", "no children were hurt": a denial of the thing counted answers
    the question too. The "not" must stand near the thing: in "urged residents not to use the water, as
    67 cases of fever were recorded, mostly among children" it denies nothing counted."""
    return denial_near(text, lambda w: any(t in stems(w) for t in q.counted))


def denial_near(text: str, is_thing) -> bool:
    """The sentence says no within DENIAL_REACH words of a word `is_thing` tells is the thing denied."""
    if not denies(text):
        return False
    words = list(re.finditer(r"[\w'’\-]+", text))
    at = [i for i, w in enumerate(words) if is_thing(w.group())]
    nots = [i for i, w in enumerate(words) if _NEGATION.search(w.group())]
    # (in one clause: "I am telling the people of X, I am not sitting down" denies no people)
    return any(abs(i - j) <= DENIAL_REACH and not _CLAUSE_BREAK.search(text, words[min(i, j)].end(), words[max(i, j)].start())
               for i in at for j in nots)


_CLAUSE_BREAK = re.compile(r"[,;:—–()]")


# "How many pumps has it put in so far?" asks what was done; "will install 40,000 pumps by 2027" is a plan.
_ASKS_DONE = re.compile(r"\b(?:so far|to date|already|until now|up to now|by now|in all|in total)\b|"
                        r"^how (?:many|much)\b[\w\s'’\-]*?\b(?:did|has|have|had|were|was)\b", re.I)
_ASKS_PLAN = re.compile(r"\b(?:will|would|plan\w*|aim\w*|intend\w*|expect\w*|target\w*|hope\w*|want\w*|going to|"
                        r"promis\w*|pledg\w*|forecast\w*|propos\w*)\b", re.I)
_PLAN_WORDS = frozenset("will would shall plans plan planned planning aims aim aiming intends intend target targets "
                        "goal hopes hope wants want pledged pledges promised promises expects expect proposed".split())
PLAN_BEFORE, PLAN_AFTER = 8, 4  # words around a number where a plan's verb stands
PLANNED = 0.5


def asks_done(question: str) -> bool:
    """The question counts what has happened, not what is planned."""
    return bool(_ASKS_DONE.search(question)) and not _ASKS_PLAN.search(question)


def planned(text: str, counted: tuple[str, ...]) -> bool:
    """Every number counting the thing is a plan: "will install 40,000 pumps", "the first 5,000 pumps will be installed"."""
    words = re.findall(r"[\w%,.'’\-]+", text)
    at = [i for i, w in enumerate(words) if amounts(w)
          and (not counted or any(term_match(t, frozenset(s for x in words[i + 1 : i + 5] for s in stems(x))) for t in counted))]
    return bool(at) and all(any(w.lower() in _PLAN_WORDS for w in words[max(0, i - PLAN_BEFORE) : i + 1 + PLAN_AFTER])
                            for i in at)


def weigh_done(q: Question, candidates) -> None:
    """"How many has it installed so far": a sentence giving the number done takes the place of the
    best planned number's ("will install 40,000 pumps by 2027"), which counts less. An article that
    reports only the plan still answers with it."""
    if q.kind != "how-many" or not q.counted or not asks_done(q.text):
        return
    plans = [c for c in candidates if planned(c.text, q.counted)]
    done = [c for c in candidates if c not in plans and number_before(c.text, q.counted)]
    if not plans or not done:
        return
    best_plan = max(c.score for c in plans)
    for c in done:
        c.score = max(c.score, best_plan)
    for c in plans:
        c.score *= PLANNED


# After a bare number: the end of the clause, or a word that starts another phrase, not a noun.
_BARE_AFTER = frozenset("and or but while with after before in on at by of to from for each apiece between".split())


def elided_count(c, q: Question) -> bool:
    """"The ruling party was reduced to 19 wards. Independents won eight.": a bare number counts the
    thing the sentence before it in the paragraph counted."""
    if not q.counted:
        return False
    words = re.findall(r"[\w%'’\-]+|[.,;:!?]", c.text)
    bare = any(amounts(w) and (i + 1 == len(words) or not words[i + 1][0].isalnum() or words[i + 1].lower() in _BARE_AFTER)
               for i, w in enumerate(words))
    if not bare:
        return False
    chunk = c.chunk.chunk
    before = chunk.text[: max(0, c.span.start - chunk.start)]
    previous = [s for s in re.split(r"(?<=[.!?])\s+", before.strip()) if s][-1:]
    return bool(previous) and number_before(previous[0], q.counted)


# "How old is she?", "At what age did he ...": an age, written "aged 64", "the 64-year-old", "Smith, 64," or "He is 64."
_ASKS_AGE = re.compile(r"\bhow old\b|\b(?:at )?what age\b", re.I)
_AGE = re.compile(r"\b(?:aged|age of|ages? )\s*\d{1,3}\b|\b\d{1,3}-year-old\b|[A-Z][\w'’\-]+,\s+\d{1,3},|"
                  r"\b(?:is|was|turned|turns|now)\s+\d{1,3}(?=\s*(?:[.,;]|years? old|$))")
AGE_BONUS = 0.6
NO_AGE = 0.5


def counts_besides_ages(sentence: str) -> list[str]:
    """The sentence's amounts (question.amounts) but a person's age: "Retired teacher Ann Tole, 67,
    launches the campaign" counts nobody, so it does not answer "how many people swim there"."""
    from bot.answering.question import amounts

    ages = " ".join(m.group(0) for m in _AGE.finditer(sentence))
    return [a for a in amounts(sentence) if not re.search(rf"(?<![\d,.]){re.escape(a)}(?![\d,.]\d)", ages)]


def asks_age(question: str) -> bool:
    return bool(_ASKS_AGE.search(question))


def weigh_age(q: Question, candidates) -> None:
    """"How old is the skipper?": a sentence that gives an age ("He is 64.") answers, in the paragraph
    that names him; one that does not, however much it is about him, does not."""
    if not _ASKS_AGE.search(q.text):
        return
    for c in candidates:
        if _AGE.search(c.text):
            c.score += AGE_BONUS
        else:
            c.score *= NO_AGE


# "How many wards did independent candidates take": whose count it is, named by a modifier or a name.
_DOER_AT = re.compile(r"^\s*how (?:many|much)\s+(?:[\w\-]+\s+){1,3}?(?:did|do|does|has|have|had)\s+", re.I)
OTHER_DOER = 0.6


def doer_words(question: str) -> frozenset[str]:
    """Stems of the adjectives and names that say whose count is asked: "independent" in "did
    independent candidates take", "Greens" in "did the Greens win"; none for "did the police arrest"."""
    m = _DOER_AT.match(question)
    if m is None:
        return frozenset()
    from bot.answering.predicate import parse_question

    out = []
    doc = parse_question(question)
    for t in doc:
        if t.idx < m.end():
            continue
        if t.pos_ in ("VERB", "ADP", "PUNCT", "AUX") or t.tag_ in ("VB", "VBD", "VBN", "VBP", "VBZ"):
            break
        person = t.ent_type_ == "PERSON" or (t.pos_ == "PROPN" and any(
            0 <= t.i + d < len(doc) and doc[t.i + d].pos_ == "PROPN" for d in (-1, 1)))
        if person:
            return frozenset()  # "did Anna Berg reckon": a person telling a count, not whose count it is
        if t.pos_ in ("ADJ", "PROPN"):
            out.extend(stems(t.text))
    return frozenset(out)


def weigh_doer(q: Question, candidates) -> None:
    """A count the question gives to someone ("how many wards did independent candidates take") is
    answered by the sentence about them ("Independents won eight"), before one counting the same
    thing for another ("the ruling party won 38 of the 65 wards"), when a sentence about them counts it."""
    if q.kind != "how-many" or not q.counted:
        return
    doer = doer_words(q.text)
    if not doer:
        return
    counting = [c for c in candidates if number_before(c.text, q.counted) or elided_count(c, q)]
    theirs = [c for c in counting if any(term_match(t, c.terms) for t in doer)]
    others = [c for c in counting if c not in theirs]
    if not theirs or not others:
        return
    best_other = max(c.score for c in others)
    for c in theirs:
        c.score = max(c.score, best_other)  # "Independents won eight" counts what the lede counts for another
    for c in others:
        c.score *= OTHER_DOER
