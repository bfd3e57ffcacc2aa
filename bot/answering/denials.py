"""A sentence that denies what a why-question takes for granted, in words other than the question's.

    Why did the ferry company axe the late boat?      "No sailing has been withdrawn in the evening."
    Why will taxpayers foot most of the bill?         "... the public purse would bear no direct cost."
    Why did the firm confirm the sale?                "The firm declined to comment on the talks."
    Why is the striker joining a German club?         "He said he had turned down an offer from a club in Germany."

The denial is read from the sentence's parse: a negation ("not", "never"), a negative determiner
or pronoun ("no sailing", "nobody", "nothing", "none"), or a verb of refusal or denial
(index/vocabulary.yaml `denial_verbs`: "declined to", "turned down", "denied"). It counts only
when the clause it governs shares a word with the question (the thing, the place, the doer), so
"the plant had not made a profit" answers "why did it close the plant" only when nothing says the
plant closed: the caller checks first that no sentence says the act happened.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.candidates import Candidate
from bot.answering.terms import stems
from index.vocabulary import vocabulary

_NOBODY = frozenset("nobody nothing none no-one noone".split())
# The words a denial is made of, looked for before a sentence is parsed (most sentences have none).
_NONE_CUE = re.compile(r"\b(?:no|nobody|nothing|none|no-one|noone)\b", re.I)
_CUE = re.compile(r"\b(?:not|cannot|never|no|nobody|nothing|none|no-one|noone|declin\w*|refus\w*|den(?:y|ied|ies|ying)|"
                  r"dismiss\w*|rul\w+|turn\w*|reject\w*|rebuff\w*)\b|n['’]t\b", re.I)


@lru_cache(maxsize=4096)
def denied_words(sentence: str) -> frozenset[str]:
    """The stems of the clauses the sentence denies: empty when it denies nothing."""
    if not _CUE.search(sentence):
        return frozenset()  # no word of denial: spare the parse
    from bot.answering.predicate import _parse

    doc = _parse(sentence)
    out: set[str] = set()
    for t in doc:
        clause = None
        if t.dep_ == "neg":
            if _withholds(t.head):
                continue  # "did not say who would replace her" keeps a thing back; it denies nothing
            clause = t.head  # "will not empty our reserves", "had never been asked"
        elif t.lower_ == "no" and t.dep_ == "det":
            # "No sailing has been withdrawn in the evening" / "would bear no direct cost": the noun and its clause
            clause = t.head.head if t.head.dep_ in ("nsubj", "nsubjpass", "dobj", "attr") else t.head
        elif t.lower_ in _NOBODY or (t.lower_ == "one" and t.i > 0 and doc[t.i - 1].lower_ == "no"):
            clause = t.head  # "Nobody in the village has been injured"
        elif _denial_verb(t) and not any(c.dep_ == "xcomp" and _withholds(c) for c in t.children):
            clause = t  # "declined to comment on the talks", "turned down an offer from a club"
        if clause is not None:
            out.update(s for w in clause.subtree for s in stems(w.text))
    return frozenset(out)


# Verbs that keep a thing back when negated (index/vocabulary.yaml disclosure_verbs, as withheld.py reads them).
_WITHHELD = vocabulary().disclosure_verbs | {"give"}


def _withholds(verb) -> bool:
    """"would not say how many", "did not disclose whether": a thing kept back, asked as a wh-clause."""
    return verb.lemma_.lower() in _WITHHELD and any(w.tag_ in ("WDT", "WP", "WRB") or w.lower_ in ("whether", "if")
                                                   for w in verb.subtree if w.i > verb.i)


def _denial_verb(t) -> bool:
    if t.pos_ != "VERB":
        return False
    from bot.answering.predicate import verb_forms

    return any(v in vocabulary().denial_verbs for v in verb_forms(t))


LEAST_SHARED = 2  # words the sentence must share with the question: one ("launched", "Cork") is chance


def denial(q, own: list[Candidate], content: set[str], least: int = LEAST_SHARED, names: frozenset[str] = frozenset()) \
        -> Candidate | None:
    """The best of `own` (the article's best sentences, best first) that denies a clause with a word
    of `content` (the question's stemmed words) and shares at least `least` of them in all, not a
    question itself; else None. A question about a belief ("why does she think ...") takes no deed
    for granted: None. A word of `names` alone in a negated clause denies nothing of the deed:
    "'We are not a luxury': the director of X on ..." is no denial that X cancelled anything."""
    if _asks_a_belief(q.text):
        return None
    refusal = _asked_refusal(q.text)
    for c in own:
        if c.text.rstrip(" \"'”’").endswith("?"):
            continue  # an interviewer's question denies nothing
        if refusal and refusal <= c.terms:
            continue  # "why did she reject an inquiry" / "she rejected calls for an inquiry": told, not denied
        shared = denied_words(c.text) & content
        if shared and len(c.terms & content) >= least and (shared - names or _REFUSING.search(c.text)):
            return c  # "X declined to comment": a refusal by the one named denies; "X is not a luxury" does not
    return None


_REFUSING = re.compile(r"\b(?:declin|refus|den(?:y|ied|ies)|dismiss|rul(?:e|ed|es|ing) out|turn\w* down|reject|rebuff)", re.I)


def _asked_refusal(question: str) -> frozenset[str]:
    """The stems of the question's verb when it is itself one of denial ("why did she reject ..."), else empty."""
    from bot.answering.predicate import question_root

    root = question_root(question)
    return frozenset(stems(root.text)) if root is not None and _denial_verb(root) else frozenset()


def _asks_a_belief(question: str) -> bool:
    from bot.answering.predicate import question_root

    root = question_root(question)
    return root is not None and root.lemma_.lower() in vocabulary().belief_verbs


_COUNTED = re.compile(r"\bhow\s+many\s+([^\W\d_][\w\-]*)", re.I)


def counted_none(q, own: list[Candidate], alike) -> Candidate | None:
    """"How many drivers were trapped when the roof fell?" where the article says "No vehicle was
    inside the tunnel at the time": the best of `own` (the article's best sentences, best first, none
    telling the act asked about) whose negative quantifier ("no vehicle", "nobody", "none of the
    crew") stands for the thing counted (the same or a near noun, `alike`), or for the act itself ("No
    deaths have been reported" for "how many people were killed", its paragraph on the question's
    matter); else None."""
    m = _COUNTED.search(q.text)
    from bot.answering.ahead import asks_ahead

    if m is None or asks_ahead(q.text):
        return None  # "how many jobs will go": "no decision yet" denies nothing done
    counted = m.group(1).lower()
    # The clause must be on the question's own matter, not only its names: "Nobody at St Anne's set
    # out to mislead" counts no deaths at St Anne's.
    content = set(q.terms) - set(q.names) - set(stems(counted))
    act = q.predicate.lemma if q.predicate is not None else None
    asked = set(q.terms) - set(stems(counted))
    for c in own:
        for noun, clause in _none_of(c.text):
            if (noun in _NOBODY or alike.same_thing(noun, counted)) and clause & content:
                return c
            # "No injuries have been reported": the noun is the act; its paragraph names what was asked about.
            if act and noun not in _NOBODY and alike.same_thing(noun, act) and asked & set(stems(c.chunk.chunk.text)):
                return c
    return None


# A noun for the very act, not a thing near it: "drinking" / "alcohol" 0.84, "smoking" / "tobacco" 0.81,
# but "drinking" / "water" 0.62 and "drinking" / "food" 0.54 with the shipped MiniLM.
ACT_AS_NOUN = 0.75


def none_of_the_act(q, own: list[Candidate], alike) -> Candidate | None:
    """"Why did the coroner conclude he had been drinking?" where the article says "no alcohol or drugs
    were found": the first of `own` whose negative quantifier stands for a verb of the question (the
    noun very near the verb as written), else None."""
    from bot.answering.predicate import parse_question

    verbs = {t.lower_ for t in parse_question(q.text) if t.pos_ == "VERB" and t.dep_ not in ("aux", "auxpass")}
    if not verbs:
        return None
    for c in own:
        for noun, _ in _none_of(c.text):
            if noun not in _NOBODY and any(alike.similarity(noun, v) >= ACT_AS_NOUN for v in verbs):
                return c
    return None


_NOT_DONE = frozenset("will would 'll shall should could must might may can ought".split())


@lru_cache(maxsize=4096)
def _none_of(sentence: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """The nouns a sentence says none of was there or was done to, each with the stems of its clause
    but itself: "No vehicle was inside the tunnel" -> (("vehicle", {inside, tunnel, ...}),);
    "Nobody was hurt" -> (("nobody", {hurt, ...}),); "no reports of anyone missing" -> (("nobody", {missing, ...}),).
    Not a clause of what is to come ("nobody will")."""
    from bot.answering.none_found import absences

    # "We have had no reports of anyone missing": none of what the reports would be of.
    out = [(a.noun, a.clause | a.thing) for a in absences(sentence)]
    if not _NONE_CUE.search(sentence):
        return tuple(out)
    from bot.answering.predicate import _parse

    for t in _parse(sentence):
        if t.lower_ == "no" and t.dep_ == "det" and t.head.dep_ in ("nsubj", "nsubjpass"):
            noun, verb = t.head, t.head.head
        elif t.lower_ in _NOBODY and t.dep_ in ("nsubj", "nsubjpass"):
            noun, verb = t, t.head
        else:
            continue
        if any(c.dep_ == "aux" and c.lower_ in _NOT_DONE for c in verb.children):
            continue  # "nobody will", "nobody should have to think twice": nothing counted
        clause = frozenset(s for w in verb.subtree if not (noun.left_edge.i <= w.i <= noun.right_edge.i)
                           for s in stems(w.text))
        # "No one was missing": the two-word "no one" is "nobody", not a count of "one".
        nobody = noun.lower_ in _NOBODY or (noun.lower_ == "one" and t.lower_ == "no")
        out.append(("nobody" if nobody else noun.text.lower(), clause))
    return tuple(out)
