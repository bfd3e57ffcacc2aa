"""Who did it: the sentence where a person does what the question asks about (spaCy's parse).

    Who voted against the budget?     deed: vote, against, budget
      "Councillor Ray Ubadike, one of the two members who voted against it, said ..."  verb, preposition
                                                    and object ("it", where the article is about a budget)
      "The council voted 7-2 to approve the budget."   the verb without "against": not this deed
    Who wrote the drone privacy bill? deed: write, -, bill
      "Sen. Marisa Telford, the Democrat who wrote the bill, said ..."

A who-question about a deed (not about what was said) is answered by the sentence that reports
that deed, verb and preposition and object, not by a sentence that shares its nouns.
"""

from __future__ import annotations

import re

from dataclasses import dataclass
from functools import lru_cache

from bot.answering.deed_nouns import NOUN_ENDINGS, carried_deed, verb_of_noun
from bot.answering.parsing import kept, parse, parse_batch
from bot.answering.predicate import parse_question, said_that_clause
from bot.answering.terms import stems
from index.vocabulary import vocabulary

_SPEECH = vocabulary().speech_words

VERB_BONUS = 0.15  # the sentence has the deed's verb (and its preposition)
OBJECT_BONUS = 0.15  # ...done to the thing the question names
MAX_PARSED = 10  # the best candidates parsed
_POINTERS = frozenset("it them this that these those its their".split())
_WHERE_OR_WHEN = frozenset("at in on during after before since".split())
_LIGHT = vocabulary().light_verbs  # no deed of their own (index/vocabulary.yaml)


@dataclass(frozen=True)
class Deed:
    verb: str  # lemma: "vote"
    prep: str | None  # "against"
    obj: str | None  # stem of the object's head: "budget"
    result: str | None = None  # lemma of the state the deed puts its object in: "shut" in "ordered the site shut"


@lru_cache(maxsize=2048)
def deed_of(question: str) -> Deed | None:
    """The deed a who-question asks about, or None for "who said ..." and "who is ...". """
    if said_that_clause(question) is not None:
        return None  # "who said that ...": a claim, the ledger's (known without a parse)
    # (as a question is written: typed without its capital and mark, "who ordered the site shut" is
    # parsed with "shut" as its verb)
    asked = question[:1].upper() + question[1:].rstrip()
    doc = parse_question(asked if asked.endswith(("?", ".", "!")) else asked + "?")
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "VERB" or root.lemma_.lower() in _LIGHT:
        return None
    if not any(c.dep_ == "nsubj" and c.lower_ in ("who", "which", "what") or c.dep_ == "nsubj" and
               any(g.lower_ in ("which", "what") for g in c.children) for c in root.children):
        return None
    clause = any(c.dep_ in ("ccomp", "xcomp", "advcl") for c in root.children)
    lemma = root.lemma_.lower()
    if (carried := carried_deed(question)) is not None:
        verb, of = carried  # "who carried out the inspection of the weir": "the weir was inspected by X"
        return Deed(verb, None, stems(of)[0] if of and stems(of) else None)
    if clause and (lemma in _SPEECH or root.lower_ in _SPEECH):
        return None  # "who said the corridor would ...": a claim, the ledger's
    prep = next((c for c in root.children if c.dep_ in ("prep", "prt") and c.lower_ not in ("to", "of")), None)
    obj = next((c for c in root.children if c.dep_ == "dobj"), None)
    # "who ordered the site shut", "who wanted the market closed": the state the deed puts its object in
    result = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp", "oprd", "advcl") and c.tag_ in ("VBN", "VBD")
                   and not any(g.dep_ in ("mark", "advmod") for g in c.children)), None)  # (not "after it closed")
    if obj is None and result is not None:
        obj = next((c for c in result.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if obj is not None and prep is not None and prep.dep_ == "prep" and prep.lower_ in _WHERE_OR_WHEN:
        prep = None  # "who presented the accounts at the AGM": the meeting is where, the deed is verb and object
    if obj is None and prep is not None:
        obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
    if obj is not None and obj.i + 1 < len(doc) and doc[obj.i + 1].head == obj \
            and doc[obj.i + 1].lower_ in vocabulary().statement_nouns:
        obj = doc[obj.i + 1]  # "signed the eligibility ruling": the parser may read the document's noun as a verb
    head = stems(obj.lower_ if obj.lower_ in vocabulary().statement_nouns else obj.lemma_)[0] if obj is not None and stems(obj.lemma_) else None
    if prep is None and head is None:
        return None  # "who resigned": the verb alone matches too much to weigh
    return Deed(lemma, prep.lower_ if prep is not None else None, head, result.lemma_.lower() if result is not None else None)


def weigh_deeds(deed: Deed, candidates, article_terms, owner: frozenset[str] = frozenset()) -> None:
    """Weigh up the best candidates that report the deed: its verb with its preposition, done to
    its object (or to "it", in an article that names the object; or to nothing written, "who
    handles for her team"). `article_terms(id)` -> stems. `owner`: the terms of the person the
    question names as the object's owner ("who handles Ilona S's dogs"): someone else does the deed,
    so a sentence about the owner that does not report it is weighed down once another does."""
    best = sorted(candidates, key=lambda c: -c.score)[:MAX_PARSED]
    parse_batch(c.text for c in best if not _reports.known(deed, c.text))  # together: half the cost
    reporting = set()
    for c in best:
        verb, obj = _reports(deed, c.text)
        # The verb done to something else ("would not lead to layoffs") is another deed.
        if verb and (obj in ("named", "unwritten") or (obj == "pointer" and deed.obj in article_terms(c.chunk.chunk.article_id))):
            c.score += VERB_BONUS + (OBJECT_BONUS if deed.obj is not None else 0.0)
            reporting.add(id(c))
    if owner and reporting:
        for c in best:
            about = c.terms | (frozenset(stems(c.statement.speaker)) if c.statement is not None else frozenset())
            if id(c) not in reporting and owner & about and not _reports(deed, c.text)[0]:
                c.score *= OWNER_ONLY


OWNER_ONLY = 0.5  # a sentence about the owner of what the deed is done to, not reporting the deed


def owner_of_object(question: str, deed: Deed) -> frozenset[str]:
    """The terms of the name owning the deed's object in `question` ("who handles Ilona Szekrenyi's
    dogs" -> ilona, szekrenyi), or none."""
    if deed.obj is None:
        return frozenset()
    m = re.search(r"((?:[A-Z][\w'’-]+\s+){0,2}[A-Z][\w-]+)['’]s\s+(?:\w+\s+){0,2}(\w+)", question)
    if m is None or deed.obj not in stems(m.group(2)):
        return frozenset()
    return frozenset(stems(m.group(1)))


def reports(deed: Deed, sentence: str) -> bool:
    """The sentence has the deed's verb with its preposition."""
    return _reports(deed, sentence)[0]


@kept(4096)
def _reports(deed: Deed, sentence: str) -> tuple[bool, str | None]:
    """(has the verb with the preposition, how the object is there: "named", "pointer" or None)."""
    doc = parse(sentence)
    if _said_in_document(deed, doc):
        return True, "named"
    for t in doc:
        if t.lemma_.lower() != deed.verb or t.pos_ not in ("VERB", "AUX"):
            continue
        preps = [c for c in t.children if c.dep_ in ("prep", "prt", "agent")]
        if deed.prep is not None and not any(p.lower_ == deed.prep for p in preps):
            continue
        passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in t.children) or (t.dep_ == "acl" and t.tag_ == "VBN")
        if passive and not any(c.dep_ == "agent" for c in t.children):
            continue  # "it was designed for lighter loads" says nothing of who did it
        objects = [c for c in t.children if c.dep_ in ("dobj", "attr", "nsubjpass")]  # "was drafted by X"
        objects += [g for p in preps for g in p.children if g.dep_ == "pobj"]
        if deed.obj is None:
            return True, "named"
        # "The bridge, designed by X, ...": a participle's noun is what the deed was done to.
        if t.dep_ == "acl" and deed.obj in stems(" ".join(w.text for w in t.head.lefts if w.dep_ == "compound") + " " + t.head.text):
            return True, "named"
        for o in objects:
            if deed.obj in stems(" ".join(w.text for w in o.subtree)):
                return True, "named"
            if o.lower_ in _POINTERS or (deed.result is not None and _the_act(o, deed.result)):
                return True, "pointer"  # ("ordered the closure", for "ordered the site shut": the article names the site)
        # (a finite verb with its own subject: "who handles for her team", not "to keep it running")
        if deed.prep is None and not passive and t.dep_ not in ("acl", "amod") and t.tag_ in ("VBZ", "VBD", "VBP") \
                and any(c.dep_ == "nsubj" for c in t.children) \
                and not any(c.dep_ in ("dobj", "attr", "nsubjpass", "ccomp", "xcomp", "dative") for c in t.children):
            return True, "unwritten"  # "X, who handles for her team": the verb's thing left unwritten
        return True, None
    return False, None


def _the_act(noun, result: str) -> bool:
    """`noun` names the act of putting a thing in the state `result`: "closure" for "shut"."""
    if noun.pos_ != "NOUN":
        return False
    acts = {result, *(verb for g in vocabulary().same_acts if result in g for verb in g)}
    word = noun.lemma_.lower()
    # (the model's tables list some such nouns as verbs too, "closure": its endings are tried as well)
    return verb_of_noun(word) in acts or any(word.endswith(end) and word[: -len(end)] + verb_end in acts
                                             for end, verb_end in NOUN_ENDINGS)


def _said_in_document(deed: Deed, doc) -> bool:
    """"Who signed the ruling?" / "Commissioner X said in a ruling dated May 2 that ...": the person
    who speaks in a document (a statement noun after "in") is its author, whatever the verb."""
    v = vocabulary()
    if deed.verb not in v.authoring_verbs or deed.obj is None or deed.obj not in _document_stems():
        return False
    for t in doc:
        if t.pos_ not in ("VERB", "AUX") or (t.lemma_.lower() not in _SPEECH and t.lower_ not in _SPEECH):
            continue
        if not any(c.dep_ in ("nsubj",) for c in t.children):
            continue
        for p in t.children:
            if p.dep_ == "prep" and p.lower_ == "in" and any(
                    g.dep_ == "pobj" and deed.obj in stems(g.text) for g in p.children):
                return True
    return False


@lru_cache(maxsize=1)
def _document_stems() -> frozenset[str]:
    return frozenset(s for n in vocabulary().authored_documents for s in stems(n)[-1:])
