"""A question about a report, a survey, a decision that the articles say is still to come.

    What did the inspectorate's report find?     "A report by the inspectorate is expected later this month."
    What was the final decision on the bypass?   "Councillors put off a decision ..." / "A decision is awaited."
    What did the laboratory tests show?          "The results of the laboratory tests are pending."

The question's subject (the thing that found, showed, was decided) is, in every sentence of the
article asked about that names it, only expected, due, awaited, pending, scheduled, to be published,
or put off (index/vocabulary.yaml `ahead_words`, `postpone_verbs`; read from spaCy's parse). Then
the articles do not say what it found: the answer says so, citing the sentence that says it is to come.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.answering.candidates import Candidate
from bot.answering.parse_gate import forms_of, may_hold, token_forms
from index.vocabulary import vocabulary

_V = vocabulary()
_FUTURE_AUX = frozenset("will would shall 'll".split())
# A question that itself asks about what is to come is answered by what the articles expect; the one
# list of its words (unknown.py and denials.py ask it too).
_AHEAD_ASKED = ("will", "would", "going to", "supposed to", "meant to", "slated", "expected", "expect", "due", "plan", "plans", "planned",
                "scheduled", "next", "upcoming", "future", "yet")
_ASKS_AHEAD_WORDS = re.compile(r"\b(?:" + "|".join(_AHEAD_ASKED) + r")\b", re.I)
# Here also a when- or why-question, or one about a delay: what is put off was never to be found.
_ASKS_AHEAD = re.compile(r"\b(?:" + "|".join(_AHEAD_ASKED) + r"|when|why|postpone|postponed|delay|delayed|put off)\b", re.I)


def asks_ahead(question: str) -> bool:
    """The question asks about what is still to come ("what will the review find", "is it due")."""
    return _ASKS_AHEAD_WORDS.search(question) is not None
_KINDS = ("what", "how-many", "who", "where")


@lru_cache(maxsize=20_000)
def ahead_nouns(sentence: str) -> frozenset[str]:
    """Lemmas of the nouns the sentence says are still to come: "a report (...) is expected", "a
    survey due next month", "the long-awaited review will be released", "put off a decision"."""
    from bot.answering.predicate import _parse

    if not _may_be_ahead(sentence):
        return frozenset()
    out: set[str] = set()
    for t in _parse(sentence):
        if t.pos_ not in ("NOUN", "PROPN"):
            continue
        if any(c.dep_ in ("amod", "acl", "relcl") and _is_ahead_word(c) and not (c.dep_ == "amod" and _in_done_clause(t))
               for c in t.children):
            out |= _nouns_of(t)  # "a survey due next month", "the long-awaited review", "a report, which is due"
        elif t.dep_ in ("nsubj", "nsubjpass") and _ahead_head(t.head, t.dep_ == "nsubjpass"):
            out |= _nouns_of(t)  # "a report ... is expected", "the findings are due", "results are pending"
        elif t.dep_ == "dobj" and _postponed(t.head):
            out |= _nouns_of(t)  # "put off a decision"
        elif t.dep_ == "dobj" and t.head.pos_ == "VERB" and _ahead_word(t.head):
            out |= _nouns_of(t)  # "the investigator expects a preliminary report within a month"
        elif t.dep_ == "nsubjpass" and _postponed(t.head):
            out |= _nouns_of(t)  # "the vote has been postponed"
        elif t.dep_ == "dobj" and _published_later(t.head):
            out |= _nouns_of(t)  # "I have asked her to publish the modelling", "will release the findings"
    return frozenset(out)


_HAVE = frozenset(("has", "have", "had", "'ve", "'s"))


def _in_done_clause(noun) -> bool:
    """"Only 32 kilometres of the planned 58-kilometre fence have been completed": the noun "planned"
    describes is in a clause of what is done (a past or perfect verb, not a future, a postponement or
    an ahead word), so the thing is there, its plan only its whole size."""
    v = noun
    for _ in range(6):  # up through "of the ..." and the nouns it hangs on, to the clause's verb
        if v.pos_ in ("VERB", "AUX") or v.head is v:
            break
        v = v.head
    if v.pos_ not in ("VERB", "AUX") or _ahead_word(v) or _postponed(v):
        return False
    aux = {c.lower_ for c in v.children if c.dep_ in ("aux", "auxpass")}
    if aux & _FUTURE_AUX or "to" in aux or any(c.dep_ == "acomp" and _ahead_word(c) for c in v.children):
        return False
    if any(c.dep_ == "mark" for c in v.children):
        return False  # "until a survey, due next month, has been published": a clause of a time to come
    return v.tag_ == "VBD" or (v.tag_ == "VBN" and bool(aux & _HAVE))


def _may_be_ahead(sentence: str) -> bool:
    """Whether the sentence has a word `ahead_nouns` reads as saying something is to come: an ahead
    word, "set", a postponing verb, a future auxiliary, or "be" with "to" (bot/answering/parse_gate.py)."""
    words = _V.ahead_words | {"set"} | {p.split()[0] for p in _V.postpone_verbs} | _PUBLISH
    if may_hold(sentence, forms_of(words)) or not _FUTURE_AUX.isdisjoint(token_forms(sentence)):
        return True
    return "to" in token_forms(sentence) and may_hold(sentence, forms_of(frozenset({"be"})))


# Verbs that make a thing public, and verbs that ask or mean for it to be done: "asked her to publish
# the modelling", "promised to release the results" tell a thing no one has seen yet.
_PUBLISH = frozenset("publish release present unveil issue disclose deliver announce pronounce hand".split())
_ASK_FOR = frozenset("ask urge call want intend promise pledge hope aim agree demand request seek".split())


def _published_later(v) -> bool:
    """"will publish", "would release", "asked her to publish", "plans to release": made public only
    ahead, not "published the report on Monday"."""
    if v.lemma_.lower() not in _PUBLISH:
        return False
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in v.children):
        return True
    head = v.head
    return v.dep_ == "xcomp" and head is not v and (head.lemma_.lower() in _ASK_FOR or _ahead_word(head))


def _ahead_word(t) -> bool:
    """An ahead word; "set" only as "set for" / "set to" ("the hearing is set for Monday", not "set up")."""
    if t.lemma_.lower() == "set" or t.lower_ == "set":
        return any((c.dep_ == "prep" and c.lower_ == "for") or c.dep_ == "xcomp" for c in t.children)
    return t.lower_ in _V.ahead_words or t.lemma_.lower() in _V.ahead_words


def _is_ahead_word(t) -> bool:
    if _ahead_word(t):
        return True
    # "which is due to be published", "until it has been published" (a relative clause of a future act)
    return t.dep_ == "relcl" and _ahead_head(t, any(c.dep_ == "nsubjpass" for c in t.children))


def _ahead_head(v, passive: bool) -> bool:
    """The verb (or "be" with its complement) says its subject is still to come: "is expected", "is
    awaited", "is set for Monday" (passive: "analysts expect a profit" says nothing of analysts),
    "are due", "are pending", "will be released", "is to be published"."""
    if passive and _ahead_word(v):
        return True
    if any(c.dep_ == "acomp" and _ahead_word(c) for c in v.children):
        return True  # "are due", "are pending"
    if passive and any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in v.children):
        return True  # "will be released"
    # "is to be published": "be" with an infinitive complement
    return v.lemma_.lower() == "be" and any(c.dep_ == "xcomp" and any(a.lower_ == "to" for a in c.children) for c in v.children)


def _postponed(v) -> bool:
    from bot.answering.predicate import verb_forms

    return any(form in _V.postpone_verbs for form in verb_forms(v))


def _nouns_of(noun) -> set[str]:
    """The noun and the nouns of its phrase: "the results of the laboratory tests" -> results, test, laboratory."""
    return {w.lemma_.lower() for w in noun.subtree if w.pos_ == "NOUN" and w.i >= noun.left_edge.i}


def asked_nouns(question: str) -> frozenset[str]:
    """Lemmas of the nouns of the question's subject ("what did the report find") or of what it asks
    to be ("what was the final decision on the bypass"), not of its topic ("... about the survey")."""
    from bot.answering.predicate import parse_question, said_that_clause

    if said_that_clause(question) is not None:
        return frozenset()  # "who said that ...": its subject is "who"
    doc = parse_question(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return frozenset()
    out: set[str] = set()
    # "Near which town was X stopped": the kind of place the answer is, nothing that is to come
    places = {t.i for t in doc if t.lemma_.lower() in _V.place_nouns and any(d.tag_ in ("WDT", "WP") for d in t.children)}
    for c in root.children:
        if c.dep_ in ("nsubj", "nsubjpass", "attr") and c.tag_ not in ("WP", "WDT"):
            out |= {w.lemma_.lower() for w in c.subtree if w.pos_ == "NOUN" and w.i not in places}
        elif c.dep_ == "dobj" and c.pos_ == "NOUN" and any(d.tag_ in ("WDT", "WP") for d in c.children):
            out.add(c.lemma_.lower())  # "what verdict did the jury reach": the verdict is what is asked
        elif c.dep_ == "prep" and c.lower_ in ("on", "in") and root.lemma_.lower() in _DECIDING:
            # "what did the court decide on her appeal": no decision on an appeal still to be heard
            out |= {w.lemma_.lower() for w in c.subtree if w.pos_ == "NOUN" and w.lemma_.lower() in _PROCEEDINGS}
    return frozenset(out)


_DECIDING = frozenset("decide rule conclude find determine".split())
# What a court, a panel or a meeting decides on: heard, reviewed or voted on before any decision.
_PROCEEDINGS = frozenset("appeal case claim challenge application complaint petition motion review inquiry trial".split())


def reads_question(q) -> bool:
    """Whether `only_ahead` gets as far as the question's parse (`asked_nouns`), given any candidates:
    the ledger's answerer parses the question before retrieving then (answerers.py), beside the
    embedding, not after it. A wrong guess costs or saves a parse; never an answer."""
    from bot.answering.predicate import said_that_clause

    return q.kind in _KINDS and not _ASKS_AHEAD.search(q.text) \
        and not (q.predicate is not None and q.predicate.lemma in _V.postpone_verbs) and said_that_clause(q.text) is None


def only_ahead(q, candidates: list[Candidate]) -> Candidate | None:
    """The sentence saying the thing asked about is still to come, when every sentence of the best
    article that names it says so; else None."""
    if q.kind not in _KINDS or not candidates or _ASKS_AHEAD.search(q.text):
        return None
    if q.predicate is not None and q.predicate.lemma in _V.postpone_verbs:
        return None  # "How many licences were suspended?": the putting off is what is asked, not a sign of what is to come
    from bot.answering.possessed import asks_holding

    if asks_holding(q.text):
        return None  # "how many beds did the hostel have": its closing ahead is not what it held
    asked = asked_nouns(q.text)
    if not asked:
        return None
    best = max(candidates, key=lambda c: c.score)
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == best.chunk.chunk.article_id), key=lambda c: -c.score)
    from bot.answering.predicate import names_done, parse_question

    # "What did the laboratory find?": asked what it found, not where samples were sent to it
    finding = q.kind == "what" and any(t.lemma_.lower() in _V.finding_verbs for t in parse_question(q.text))

    from bot.answering.terms import stems

    for noun in asked:
        pattern = re.compile(rf"\b{re.escape(noun)}", re.I)
        # "families" names the family as its plural: the stems say so where the letters differ.
        forms = set(stems(noun))
        naming = [c for c in own if pattern.search(c.text) or (forms and forms <= c.terms)]
        ahead = [c for c in naming if noun in ahead_nouns(c.text)]
        # "What did the laboratory find?" / "results of the laboratory tests were expected": with its
        # results still to come, a line that names it otherwise ("sent samples to the laboratory") tells
        # no finding of it; only one where it finds, shows or reveals does.
        told = _finds if finding and any(_V.result_nouns & ahead_nouns(c.text) for c in ahead) else names_done
        # A sentence that names it only inside a clause of what is to come ("the budget, which will
        # include the cost of the surveys, ...") tells nothing it found either.
        if ahead and all(any(c is a for a in ahead) or not told(c.text, noun) for c in naming):
            return ahead[0]
    return None


def _finds(sentence: str, noun: str) -> bool:
    """The noun finds, shows or reveals something in the sentence (its subject, or "by" it), not as
    what is to come: "the laboratory found traces of ammonia", "tests by the laboratory showed"."""
    from bot.answering.predicate import _ahead, _parse

    for t in _parse(sentence):
        if t.lemma_.lower() != noun:
            continue
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "by" else t.head if t.dep_ in ("nsubj", "compound") else None
        if verb is not None and t.dep_ == "compound":
            verb = verb.head if verb.dep_ == "nsubj" else None  # "laboratory tests showed"
        if verb is not None and verb.lemma_.lower() in _V.finding_verbs and not _ahead(verb):
            return True
    return False


_RECEIVING = frozenset(("dobj", "pobj", "dative"))
MAX_NAMING = 6  # sentences naming the doer read at most: more tell more of it than what is to come


# Verbs of turning to someone: "would write to the regulator", "will ask the committee to ...".
_ADDRESSING = frozenset("ask write urge call send refer appeal petition invite lobby press request apply complain "
                        "contact approach notify submit report turn go take".split())


def _addressed(t) -> bool:
    """The doer is the one turned to ("write to the body", "ask the committee"), not what is done to
    ("lay off dockers")."""
    verb = t.head
    for _ in range(4):  # "write to the trust and to the body": past the prepositions and their conjuncts
        if verb.pos_ in ("VERB", "AUX") or verb.head is verb:
            break
        verb = verb.head
    return verb.lemma_.lower() in _ADDRESSING


def _future_forms() -> frozenset[str] | None:
    from bot.answering.predicate import _FUTURE_AUX as aux, _FUTURE_HEADS as heads

    return forms_of(frozenset(aux | heads | {"whether", "expected"}))


def addressed_only_ahead(q, candidates: list[Candidate]) -> Candidate | None:
    """"How did the national body respond to the coroner's letter?" where the article names the body
    only as whom the coroner "would write to"; "What did the committee decide?" where a senator "would
    ask the committee to hold a hearing": the doer the question asks about past deeds of is, in every
    sentence of the best article naming it, only the one something is yet to be asked of or sent to.
    Then the articles report nothing it did: that sentence; else None."""
    if q.kind not in _KINDS or not candidates or _ASKS_AHEAD.search(q.text):
        return None
    from bot.answering.predicate import _ahead, _parse, parse_question
    from bot.answering.terms import stems

    root = next((t for t in parse_question(q.text) if t.dep_ == "ROOT"), None)
    if root is None or not (root.tag_ == "VBD" or any(c.dep_ == "aux" and c.lower_ in ("did", "has", "have", "had")
                                                      for c in root.children)):
        return None  # a question about the present or what is to come
    doer = next((c for c in root.children if c.dep_ == "nsubj" and c.pos_ in ("NOUN", "PROPN")), None)
    if doer is None:
        return None
    words = {s for w in doer.subtree if w.pos_ in ("NOUN", "PROPN", "ADJ") and not w.is_stop for s in stems(w.text)}
    if not words:
        return None
    best = max(candidates, key=lambda c: c.score)
    own = sorted((c for c in candidates if c.chunk.chunk.article_id == best.chunk.chunk.article_id), key=lambda c: -c.score)
    naming = [c for c in own if words <= c.terms]
    # What predicate._ahead reads as still to come needs one of these words: a sentence without
    # them names the doer otherwise, and none is parsed.
    if len(naming) > MAX_NAMING or not all(may_hold(c.text, _future_forms()) for c in naming):
        return None
    # "the dockers and the employers": each of the doers, wherever named, only as yet to be asked
    heads = {doer.lemma_.lower()} | {t.lemma_.lower() for t in doer.conjuncts}
    for c in naming:
        mentions = [t for t in _parse(c.text) if t.lemma_.lower() in heads]
        if not mentions or not all(t.dep_ in _RECEIVING and _addressed(t) and _ahead(t) for t in mentions):
            return None
    return naming[0] if naming else None
