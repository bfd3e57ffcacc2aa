"""What a question says happened, and whether a sentence says it happened (spaCy's parse).

    How many patients died while waiting?        predicate "die", past
    On what date did the president sign the law?  predicate "sign", past

A sentence that never says the thing happened ("2,300 patients were removed") does not
answer; neither does one that says it is yet to happen ("he expected to sign it next week")
when the question asks about the past. Speech verbs are no predicate: "what did she say"
is answered by what was said. Only a question and its few best sentences are parsed.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache

from bot.answering.parsing import kept, parse
from index.parser_loading import load_in_background
from index.statements.nlp import pipeline
from index.vocabulary import vocabulary

SPEECH = vocabulary().speech_words

# Verbs too light to say what happened: "took part" is said by its object.
_LIGHT = vocabulary().light_verbs
# Verbs that carry another verb ("ended up being admitted", "managed to pass"): the event is the
# carried verb.
_CATENATIVE = frozenset("end start begin continue manage try keep stop fail go come seem appear happen decide agree refuse attempt".split())
# "How long did she agree to come back?": the agreeing is the act done, the coming back still ahead
# (a sentence saying she "had agreed" to it tells what is asked; one saying she will come back, not).
# Not "decide": "when did the board decide to shut the rink" is told by the closing ("voted to close").
_CHOOSING = frozenset(("agree",))
# Verbs that name no event of their own: "what happened to absences" asks for whatever did.
_ANY_EVENT = frozenset("happen occur become".split())
_FUTURE_AUX = frozenset("will would shall 'll".split())
_FUTURE_HEADS = frozenset("expect due set plan schedule hope intend aim seek want prepare".split())
# "I have asked the department to review the list": the review is asked for, still to come.
_ASKED_HEADS = frozenset("ask urge order instruct commission task".split())


@dataclass(frozen=True)
class Predicate:
    lemma: str  # "die", "sign", "part"
    past: bool  # the question asks about something done ("did ... sign", "died")
    obj: str | None = None  # the lemma of what it was done to: "deal" in "what deal did they sign"
    subj: str | None = None  # who did it, as written, lower case: "the rlm" in "how many wards did the RLM gain"
    ongoing: bool = False  # "why is the union suing": taken as going on now


def preload_parser() -> threading.Thread:
    """Load the parser in a background thread: in a cold `ask` it overlaps opening the stores
    (about a quarter off the wall time on this loaded 2-core machine); in the REPL and the
    Telegram bot it loads while the user types, not in the first answer that needs it. Once a
    process: a load started already (a cold `ask` starts it first thing) is that thread."""
    return load_in_background()


def _parse(text: str):
    """spaCy's parse with lemmas, without named entities (bot/answering/parsing.py: kept a while)."""
    return parse(text)


_WHO_SAID_THAT = re.compile(r"^\s*who\s+(\w+)\s+that\b", re.I)
# Words that start what follows a pronoun "that" ("... that at the meeting", "... that first").
_NOT_A_CLAUSE = frozenset("at in on to about during before after for with from by into over under since until "
                          "yesterday today tonight first again last earlier later this these those then there "
                          "here when where why how and or but so too also".split())


def said_that_clause(question: str) -> str | None:
    """"Who said that the talks had failed?" -> "the talks had failed?": the clause after the
    question's own frame, a "who" asking for the speaker (a speech verb, then "that"); else None.
    Its subject is the asked person, its "who" and "that" describe no one, and it asks about no
    deed: the checks that read those from the question's parse need none for it (a parse is most
    of a new who-question's time before retrieval)."""
    m = _WHO_SAID_THAT.match(question)
    if m is None or m.group(1).lower() not in SPEECH:
        return None
    clause = question[m.end():].lstrip()
    first = re.match(r"\w*", clause).group().lower()
    # "Who said that at the meeting?": "that" is what was said, not a clause: read from the parse.
    return clause if first and first not in _NOT_A_CLAUSE else None


@lru_cache(maxsize=64)
def parse_question(question: str):
    """The question's parse, shared: its predicate, the person it describes (hops.py) and the deed
    it asks about (deeds.py) read one parse instead of three. Read-only."""
    return _parse(question)


def question_root(question: str):
    """The question's main verb (the ROOT of its shared parse), or None."""
    return next((t for t in parse_question(question) if t.dep_ == "ROOT"), None)


def verb_forms(root) -> tuple[str, str]:
    """(lemma, lemma with its particle) of a verb: a phrasal verb is listed in the vocabulary as
    "turn down", a plain one as "reject"; with no particle both are the lemma."""
    lemma = root.lemma_.lower()
    particle = next((c.lower_ for c in root.children if c.dep_ == "prt"), None)
    return lemma, f"{lemma} {particle}" if particle else lemma


def parse_question_ahead(question: str) -> None:
    """Parse the question now (kept by `parse_question`) when the parser is loaded: a process that
    has not loaded it (a cold `ask`) loads it only for a question that needs it (about a second)."""
    from index.statements import nlp

    if getattr(nlp, "_nlp", None) is not None:
        parse_question(question)


@lru_cache(maxsize=4096)
def predicate_of(question: str) -> Predicate | None:
    doc = parse_question(question)
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    going_on = next((c for c in root.children if c.tag_ == "VBG" and c.pos_ == "VERB" and c.dep_ in ("csubj", "ccomp", "xcomp")
                     and c.lemma_.lower() not in SPEECH), None) \
        if root is not None and root.lemma_.lower() == "be" and root.tag_ in ("VBZ", "VBP") else None
    if going_on is not None:
        # "Why is the company selling its mill?": the parser may make "is" the verb and "selling" its subject.
        return Predicate(going_on.lemma_.lower(), False, _object(going_on), None, True)
    if (after_name := _verb_after_subject(doc, root)) is not None:
        return after_name
    if (misread := _bare_verb_misread(doc)) is not None:
        return misread
    if root is None or root.pos_ not in ("VERB", "NOUN") or root.lemma_.lower() in SPEECH or root.text.lower() in SPEECH:
        return None
    if root.lemma_.lower() == "do" and root.tag_ in ("VBD", "VBZ", "VBP"):
        # "Which remedies did the tribunal finally impose": the parser may take "did" for the verb
        # and the real one for a conjunct; the bare verb after it is what the question asks about.
        # (Not one after "to": "sign to end the strike" asks about the signing.)
        # Nor one of a time clause: "before and after the fish kill" misread as a verb.
        verb = next((t for t in doc[root.i + 1 :] if t.tag_ in ("VB", "VBP") and t.pos_ == "VERB"
                     and doc[t.i - 1].lower_ != "to" and not any(c.dep_ == "mark" for c in t.children)), None)
        if verb is not None and verb.lemma_.lower() not in SPEECH:
            return Predicate(verb.lemma_.lower(), root.tag_ == "VBD", _object(verb) or _object(root))
    carried = next((c for c in root.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    if carried is not None and root.lemma_.lower() in _CHOOSING and doc[0].lower_ != "why":
        # (why someone agreed to an act asks after that act: "why has the council agreed to close the
        # lane" is answered, or corrected, by what is said of the closing)
        return Predicate(root.lemma_.lower(), root.tag_ == "VBD" or any(c.lower_ == "did" for c in root.children))
    if carried is not None and root.lemma_.lower() in _CATENATIVE:
        past = root.tag_ == "VBD" or any(c.lower_ == "did" for c in root.children)
        return Predicate(carried.lemma_.lower(), past)
    lemma = root.lemma_.lower()
    if lemma in _ANY_EVENT:
        return None
    done = next((c for c in root.children if c.dep_ == "ccomp" and c.tag_ == "VBN"), None)
    if lemma == "have" and done is not None and done.lemma_.lower() not in SPEECH | _LIGHT \
            and not any(c.dep_ == "prt" for c in done.children):  # "put in" is "installed" as often as not
        # "How large a fine has the government imposed": the parser may make "has" the verb.
        return Predicate(done.lemma_.lower(), True, _object(done))
    if lemma in ("be", "have"):
        return None  # "what was the result", "how many had their details stolen": no event named
    if lemma in _LIGHT:
        obj = next((c for c in root.children if c.dep_ in ("dobj", "attr")), None)
        if obj is None or obj.pos_ != "NOUN" or any(c.tag_ in ("WDT", "WP") for c in obj.children):
            return None  # "what message did she have": the object is the thing asked for
        lemma = obj.lemma_.lower()
    past = root.tag_ == "VBD" or any(c.lower_ == "did" for c in root.children)
    ongoing = root.tag_ == "VBG" and any(c.dep_ == "aux" and c.lower_ in ("is", "are", "am") for c in root.children)
    return Predicate(lemma, past, _object(root) if lemma == root.lemma_.lower() else None, _subject(root, lemma), ongoing)


_SUBJECT_WORDS = frozenset(("DET", "PROPN", "NOUN", "ADJ", "NUM", "PART"))


def _bare_verb_misread(doc) -> Predicate | None:
    """"When did the new propeller shaft arrive?", "What date did the DC close the site?": a do-question's
    bare verb, which the parser may read as the head noun of its subject ("shaft arrive") or as an
    adjective after it ("DC close") when it finds no verb at all; the first word after the subject's
    noun that the lemma tables know as a verb."""
    from bot.answering.english_words import _tables

    do = next((t for t in doc[:4] if t.lemma_.lower() == "do" and t.tag_ in ("VBD", "VBZ", "VBP")), None)
    if do is None or any(t.pos_ == "VERB" and t.i > do.i for t in doc):
        return None
    # (a when-question only: "what injury did the X wing suffer", "why did the operator axe X" keep their
    # reading, whose event gates would otherwise decline a paraphrased act)
    if not (doc[0].lower_ == "when" or doc[0].lower_ in ("what", "which") and len(doc) > 1
            and doc[1].lower_ in ("date", "day", "time", "year", "month", "week")):
        return None
    verbs = _tables()[0]["verb"]
    for before, t in zip(doc[do.i + 1 :], doc[do.i + 2 :]):
        if before.pos_ in ("NOUN", "PROPN", "PRON") and t.lower_ in verbs and t.lower_ not in SPEECH | _LIGHT \
                and (t.pos_ == "ADJ" or t.pos_ == "NOUN" and t.dep_ in ("nsubj", "ROOT")):
            obj = next((o for o in doc[t.i + 1 :] if o.pos_ == "NOUN" and o.dep_ in ("dobj", "ROOT")), None)
            return Predicate(t.lower_, do.tag_ == "VBD", obj.lemma_.lower() if obj is not None else None,
                             " ".join(w.lower_ for w in doc[do.i + 1 : t.i]))
    return None


def _verb_after_subject(doc, root) -> Predicate | None:
    """"Why is Brackenholm Rovers appealing the deduction?", "why was tallowdene banned": after "why is"/"was"
    and a name, the parser may take the name for the root or the verb for a clause describing it; the
    first such verb straight after the subject's words is what the question asks about."""
    # (only "why": in "what was the money paid by X supposed to pay for" the participle does describe the noun)
    if root is None or len(doc) < 4 or doc[0].lower_ != "why" or doc[1].lower_ not in ("is", "are", "was", "were"):
        return None
    if not (root.i == 1 or root.pos_ in ("NOUN", "PROPN")):
        return None
    verb = next((t for t in doc[3:] if t.pos_ == "VERB" or t.tag_ in ("VBG", "VBN")), None)
    if verb is None or verb.tag_ not in ("VBG", "VBN") or verb.dep_ not in ("acl", "advcl", "ROOT") \
            or verb.lemma_.lower() in SPEECH or any(t.pos_ not in _SUBJECT_WORDS for t in doc[2 : verb.i]):
        return None
    subject = " ".join(t.lower_ for t in doc[2 : verb.i])
    if verb.tag_ == "VBG":
        return Predicate(verb.lemma_.lower(), False, _object(verb), subject, doc[1].lower_ in ("is", "are"))
    return Predicate(verb.lemma_.lower(), doc[1].lower_ in ("was", "were"), _object(verb), subject)


def _subject(verb, lemma: str) -> str | None:
    """Who the question says did it. The parser often takes "how many wards" for the subject of
    "did" and the verb for a noun ("did the RLM gain"): then the words between the auxiliary and the verb."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    words = [t.lower_ for t in subject.subtree] if subject is not None else []
    if words and not any(t.tag_ in ("WP", "WDT", "WRB") for t in subject.subtree):
        return " ".join(words)
    doc = verb.doc
    aux = next((t for t in doc if t.lemma_.lower() in ("do", "have") and t.tag_ in ("VBD", "VBZ", "VBP")), None)
    end = next((t for t in doc if aux is not None and t.i > aux.i and t.lemma_.lower() == lemma), None)
    if aux is None or end is None or end.i - aux.i < 2:
        return None
    return " ".join(t.lower_ for t in doc[aux.i + 1 : end.i])


@lru_cache(maxsize=4096)
def reverses(sentence: str, lemma: str, subject: str | None) -> bool:
    """The sentence says the asked subject changed the other way: "the RLM ... was reduced to 19
    wards" for "how many wards did the RLM gain" (index/vocabulary.yaml rising_verbs, falling_verbs)."""
    v = vocabulary()
    other = v.falling_verbs if lemma in v.rising_verbs else v.rising_verbs if lemma in v.falling_verbs else None
    words = (subject or "").split()
    owner = max((i for i, w in enumerate(words) if w in ("'s", "'", "’s", "’")), default=-1)
    # "Brevik Tools' quarterly sales" are "its quarterly sales" in the article: the owner may be a pronoun.
    words = [w for w in words[owner + 1 :] if w not in ("the", "a", "an", "its", "their")]
    if not other or not words:
        return False
    for t in _parse(sentence):
        if t.pos_ == "VERB" and t.lemma_.lower() in other and not _negated(t):
            for s in (c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")):
                said = {w.lower_ for w in s.subtree}
                if all(w in said for w in words):
                    return True
    return False


def _object(verb) -> str | None:
    """What the verb is done to: its object, or the noun the question asks "what / which" of."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    if obj is None:  # "What deal did they sign": the parser may make "deal" a subject
        obj = next((t for t in verb.doc if t.pos_ == "NOUN" and any(c.dep_ == "det" and c.tag_ in ("WDT", "WP")
                                                                    for c in t.children)), None)
    return obj.lemma_.lower() if obj is not None else None


@lru_cache(maxsize=4096)
def denies_object(sentence: str, obj: str) -> bool:
    """The sentence says the thing was not there: "collapsed without a deal", "no deal was reached"."""
    for t in _parse(sentence):
        if t.lemma_.lower() != obj:
            continue
        if (t.head.lower_ == "without" or any(c.lower_ == "no" and c.dep_ == "det" for c in t.children)
                or any(c.dep_ == "neg" for c in t.head.children)):
            return True
    return False


@kept(20_000)
def happened(sentence: str, lemma: str) -> str:
    """'yes' when the sentence says it happened, 'negated' when it says it did not (or will not),
    'future' when only that it will, 'no' when it does not say it."""
    doc = _parse(sentence)
    hits = [t for t in doc if t.lemma_.lower() == lemma or (t.pos_ in ("NOUN", "VERB") and kin(t.lemma_.lower(), lemma))]
    if not hits:
        hits = _phrase_heads(doc, lemma)  # "sue" / "would not go to court"
    if not hits and lemma in CONVERSES:
        # "How many households paid deposits to the firm?" / "you took deposits from 37 households":
        # the act told from the other side.
        hits = [t for t in doc if t.pos_ == "VERB" and t.lemma_.lower() in CONVERSES[lemma]]
    if not hits and lemma in RULINGS:
        # "What did the court decide?" / "The court holds that ...", "the tribunal found that ...": a
        # ruling told with another verb of ruling, followed by what was ruled (a that-clause).
        hits = [t for t in doc if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in RULINGS
                and any(c.dep_ == "ccomp" for c in t.children)]
    if not hits and lemma in vocabulary().change_verbs:
        # "What did he change his rating to?" / "cut his rating to hold from buy": any verb of a
        # change from one state to another says it changed.
        hits = [t for t in doc if t.pos_ == "VERB" and _changes_state(t)]
    if not hits:
        # "are due to meet on Monday": a sentence about what is yet to happen says nothing done.
        main = [t for t in doc if t.dep_ == "ROOT" or (t.dep_ == "xcomp" and t.head.head.dep_ in ("ROOT", "acomp"))
                or (t.dep_ == "xcomp" and t.head.dep_ == "ROOT")]
        return "future" if any(_future(t) for t in main) else "no"
    if any(_negated(t) for t in hits):
        return "negated"  # "she would not resign", "had not received a ransom demand": a false premise corrected
    for t in hits:
        if not _ahead(t):
            return "yes"
    return "future"


# One act told from either side: what one pays, the other takes or receives.
CONVERSES = {
    "pay": ("take", "receive", "collect", "accept", "get"), "give": ("receive", "get", "accept"),
    "lend": ("borrow",), "borrow": ("lend",), "sell": ("buy",), "buy": ("sell",),
    "send": ("receive", "get"), "receive": ("pay", "give", "send"), "donate": ("receive", "accept"),
}


# Verbs a court, tribunal or panel rules with: any of them answers a question asked with another.
RULINGS = frozenset("decide rule hold find conclude determine".split())


# What turns a verb into a noun for its act or its product ("sign" -> "signature", "elect" ->
# "election"), and what makes a verb of a noun ("fraud" -> "defraud").
_NOUN_ENDINGS = ("ature", "ation", "ition", "ion", "ment", "ance", "ence", "al", "ing", "ure")
_VERB_PREFIXES = ("de", "dis", "mis", "be", "en")


def kin(a: str, b: str) -> bool:
    """Two lemmas of one word family: "sign" / "signature", "defraud" / "fraud", "approve" / "approval".
    Question and article often name the same act as a verb and as a noun."""
    if a == b:
        return True
    short, long = sorted((a, b), key=len)
    if len(short) < 3:
        return False
    base = short[:-1] if short.endswith("e") else short
    ending = long[len(base):] if long.startswith(base) else None
    if ending in _NOUN_ENDINGS + tuple("e" + x for x in _NOUN_ENDINGS):
        return ending.lstrip("e") != "al" or len(base) >= 5  # "approval", not "formal"
    if short.endswith("ain") and long == short[:-3] + "ention":
        return True  # "abstain" / "abstention", "detain" / "detention"
    return len(short) >= 4 and long.endswith(short) and long[: -len(short)] in _VERB_PREFIXES


@lru_cache(maxsize=4096)
def names_done(sentence: str, lemma: str) -> bool:
    """The sentence names the thing (a noun's lemma) other than as something still to come:
    "left the field with a shoulder injury", not "would have until May to propose remedies"."""
    return any(t.lemma_.lower() == lemma and not _ahead(t) for t in _parse(sentence))


@lru_cache(maxsize=4096)
def names_event(sentence: str, lemma: str) -> bool:
    """The sentence names the event itself (by its verb's lemma), whatever it says of it. A sentence
    with no form of the lemma is not parsed (bot/answering/parse_gate.py): callers ask it of every
    sentence of an article."""
    from bot.answering.parse_gate import forms_of, may_hold

    if not may_hold(sentence, forms_of(frozenset((lemma,)))):
        return False
    return any(t.lemma_.lower() == lemma for t in _parse(sentence))


# A verb joined by these to a negated one is not negated with it: "does not rest on the logs alone, but
# holds that ..." holds; "did not sign or ratify it" ratified nothing.
_CONTRASTS = frozenset({"but", "yet"})


def _negated(token) -> bool:
    if any(c.dep_ == "neg" for c in token.children):
        return True
    if token.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in _CONTRASTS for c in token.head.children):
        return False
    return any(c.dep_ == "neg" for c in token.head.children)


def _ahead(token) -> bool:
    """The token is about what is still to come: its verb is future, or is an infinitive of purpose
    under one ("would hold a meeting to decide", "would have until May to propose remedies")."""
    t = token
    for _ in range(4):  # a noun's verb: "remedies" -> "propose"
        if t.pos_ in ("VERB", "AUX") or t.head is t:
            break
        t = t.head
    if _future(t):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "whether" for c in t.children):
        return True  # "no decision on whether to sell it", "asked whether he had resigned": left open
    infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in t.children)
    if infinitive and _from(t) and t.head is not t:
        # "cut his rating to hold from buy": "to X from Y" is the state it changed to, no purpose;
        # it is still to come only as its verb is.
        return _future(t.head)
    return infinitive and t.dep_ in ("advcl", "xcomp") and t.head.pos_ in ("VERB", "AUX") and _future(t.head)


def _phrase_heads(doc, lemma: str) -> list:
    """The verbs of the phrases that name the act in other words (index/vocabulary.yaml event_phrases:
    "sue" is "go to court", "take legal action"): "would not go to court" -> [go]."""
    out = []
    for phrase in vocabulary().event_phrases.get(lemma, ()):
        words = phrase.split()
        for t in doc:
            if t.lemma_.lower() != words[0] or t.pos_ not in ("VERB", "AUX"):
                continue
            rest = [w.lemma_.lower() for w in doc[t.i + 1 : t.i + 1 + len(words) + 2] if w.pos_ != "DET"]
            if rest[: len(words) - 1] == words[1:]:
                out.append(t)
    return out


def _from(token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "from" for c in token.children)


def _changes_state(verb) -> bool:
    """A verb of a change "to X from Y": "raised its forecast to 2% from 1%" (two prepositions), or
    "cut his rating to hold from buy" (the parser's infinitive "to hold" with its "from")."""
    preps = {c.lower_ for c in verb.children if c.dep_ == "prep"}
    if {"to", "from"} <= preps:
        return True
    return any(c.dep_ in ("advcl", "xcomp") and _from(c) and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
               for c in verb.children)


def _future(token) -> bool:
    if any(c.lower_ in _FUTURE_AUX for c in token.children if c.dep_ == "aux"):
        return True
    head = token.head
    return token.dep_ == "xcomp" and (head.lemma_.lower() in _FUTURE_HEADS | _ASKED_HEADS or head.lower_ in ("due", "set", "expected"))


@lru_cache(maxsize=1)
def _left_open():
    import re

    verbs = "|".join(re.escape(v) for v in sorted(vocabulary().open_verbs, key=lambda w: (-len(w), w)))
    return re.compile(rf"\b(?:not|n['’]t|never)\s+(?:\w+\s+)?(?:{verbs})\b", re.I)


def leaves_open(sentence: str) -> bool:
    """"would not rule out fines": a negation that says the thing may yet happen, not that it did not."""
    return bool(vocabulary().open_verbs) and bool(_left_open().search(sentence))

