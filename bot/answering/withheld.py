"""Does a sentence say that something is withheld or not known, and what, and by whom? (spaCy's parse)

    "The company declined to say how many workers would lose their jobs."   withheld: how many workers ...
    "The press officer did not tell me how many."                          withheld, of nothing named
    "The cost of the deal was not disclosed."                              withheld: the cost of the deal
    "Martin Hale has said nothing in public since the autumn."             withheld by Martin Hale
    "It is not known whether the wards will reopen."                       not known: the wards will reopen

A disclosure verb (index/vocabulary.yaml `disclosure_verbs`) that is negated, carried by a refusal
("declined to", "refused to", "has yet to", "not going to") or given nothing ("said nothing", "no
figure was given"); a giving verb (`giving_verbs`: "would not give a figure") only when what it does
not give is a figure, a detail, a comment (`withheld_nouns`); an adjective of not knowing
(`unknown_words`: "it is unclear how many"). What is withheld is the verb's object, clause or topic
("would not be drawn on the size of the payout"), never its time or place ("in public", "since the
autumn"). When that names nothing ("did not tell me how many", "declined to comment") it is about
whatever the sentence is about: `elliptical`.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.answering.parse_gate import forms_of, may_hold
from bot.answering.parsing import kept, parse
from bot.answering.terms import stems
from index.statements.dates import MONTHS, WEEKDAYS
from index.vocabulary import vocabulary

_V = vocabulary()
# What a disclosure is of: its object, clause, passive subject, or topic ("comment on the deal").
_WHAT = frozenset("dobj ccomp xcomp nsubjpass attr dative oprd".split())
_TOPIC_PREPS = frozenset("on about over of regarding concerning into for".split())
_EMPTY = frozenset("how many much when where why who whom which what whether if it this that anything nothing "
                   "any more further publicly seeking seek asking ask".split())


@dataclass(frozen=True)
class Withheld:
    who: frozenset[str]  # stems of who withholds ("the company"), empty for "it is not known"
    about: frozenset[str]  # stems of what is withheld
    elliptical: bool  # it names nothing of its own ("did not tell me how many")
    sentence: frozenset[str]  # stems of the whole sentence but the withholder


@kept(20_000)
def withholdings(sentence: str) -> tuple[Withheld, ...]:
    """Every withholding the sentence reports, parsed once per sentence."""
    if not may_withhold(sentence):
        return ()  # no disclosure or giving verb, no word of not knowing, no "comment": nothing withheld
    doc = parse(sentence)
    out = []
    for t in doc:
        found = _withholding(t)
        if found is None:
            continue
        verb, who = found
        if verb is not t and t.pos_ == "NOUN":
            what = list(t.subtree)  # "not available for comment (on the deal)"
        else:
            what = [w for c in verb.children if c.dep_ in _WHAT or (c.dep_ == "prep" and c.lower_ in _TOPIC_PREPS)
                    for w in c.subtree]
        what += _relative_of(verb)
        about = frozenset(s for w in what if _content(w) for s in stems(w.text))
        by = frozenset(s for w in who for s in stems(w.text))
        rest = frozenset(stems(sentence)) - by
        out.append(Withheld(by, about, not about, rest))
    return tuple(out)


def may_withhold(sentence: str) -> bool:
    """Whether `withholdings` parses the sentence (it may report a withholding)."""
    return may_hold(sentence, _withholding_forms())


def _withholding_forms() -> frozenset[str] | None:
    """The forms a word `_withholding` reads may have (bot/answering/parse_gate.py)."""
    return forms_of(_V.disclosure_verbs | _V.giving_verbs | _V.unknown_words | _WITHHELD_NOUNS)


def _relative_of(verb) -> list:
    """"sell the business to a buyer it declined to name": what a relative clause withholds is the
    noun it modifies, told by the phrase around it (the act the noun takes part in)."""
    v = verb
    while v.dep_ in ("xcomp", "conj") and v.head is not v:
        v = v.head
    if v.dep_ != "relcl" or any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WP", "WDT") for c in v.children):
        return []  # "Reyes, who declined to comment, ...": the noun withholds, it is not withheld
    noun = v.head
    act = noun
    while act.pos_ not in ("VERB", "AUX") and act.head is not act:
        act = act.head
    return [w for w in act.subtree if not (v.left_edge.i <= w.i <= v.right_edge.i)]


def _content(w) -> bool:
    """A word that names something: "the cost of the deal", not "me", "how many", "a figure"."""
    return w.pos_ in _NAMING and not w.is_stop and w.lower_ not in _EMPTY and w.lemma_.lower() not in _V.withheld_nouns \
        and w.lower_ not in _TIME_WORDS  # "for comment on Monday" withholds nothing about Monday


_NAMING = frozenset("NOUN PROPN VERB ADJ NUM".split())
_TIME_WORDS = frozenset(w.lower() for w in (*WEEKDAYS, *MONTHS)) | frozenset(
    "today tonight yesterday tomorrow morning afternoon evening night day week month year weekend".split())


def _withholding(t):
    """(the verb or adjective withholding, the tokens of who withholds), when `t` is a withholding."""
    lemma = t.lemma_.lower()
    if t.pos_ in ("VERB", "AUX") and (lemma in _V.disclosure_verbs or (lemma in _V.giving_verbs and _gives_figure(t))):
        if _conditional(t):
            return None  # "if you didn't know your tables, she would ...": a condition, nothing withheld
        if _negated(t) or _refused(t) or _nothing_given(t):
            return t, _subject(t)
        return None
    if t.pos_ == "ADJ" and lemma in _V.unknown_words:
        head = t.head if t.dep_ in ("acomp", "attr") else t
        return head, []
    if t.pos_ == "NOUN" and lemma in _WITHHELD_NOUNS and t.dep_ == "pobj":
        # "was not available for comment", "could not be reached for comment"
        verb = t.head.head
        if verb.pos_ == "ADJ" and verb.dep_ == "acomp":
            verb = verb.head
        if verb.pos_ in ("VERB", "AUX") and _negated(verb):
            return verb, _subject(verb, ("nsubj", "nsubjpass"))
    return None


_WITHHELD_NOUNS = frozenset(("comment", "figure", "details", "detail", "breakdown"))


def _gives_figure(verb) -> bool:
    """"would not give a figure", "did not return calls", "would not be drawn on the size": a giving
    verb withholds only a figure, a detail, a comment, or (drawn, put) a topic."""
    if verb.lemma_.lower() in ("draw", "put") and any(c.dep_ == "prep" and c.lower_ == "on" for c in verb.children):
        return True
    return any(c.dep_ in ("dobj", "nsubjpass") and (c.lemma_.lower() in _V.withheld_nouns or c.tag_ in ("WP", "WRB"))
               for c in verb.children) or any(c.dep_ == "ccomp" and _wh_clause(c) for c in verb.children)


def _wh_clause(clause) -> bool:
    return any(w.tag_ in ("WP", "WRB", "WDT") or w.lower_ in ("whether", "if") for w in clause.subtree if w.i < clause.i)


_CONDITIONS = frozenset(("if", "unless", "whenever"))


def _conditional(t) -> bool:
    """The verb heads a condition ("if you didn't know your tables", "unless they tell the bank"): what
    happens when someone does not know or tell, never a report that anything was held back."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in t.children)


def _negated(t) -> bool:
    """"did not say", "never disclosed", "not going to give", "won't tell"."""
    chain = [t]
    while chain[-1].dep_ in ("xcomp", "aux") and chain[-1].head is not chain[-1] and len(chain) < 4:
        chain.append(chain[-1].head)
    return any(c.dep_ == "neg" or c.lower_ == "never" for v in chain for c in v.children)


def _refused(t) -> bool:
    """"declined to say", "refused to give", "has yet to say", "failed to explain"."""
    head = t.head
    if t.dep_ != "xcomp" or head is t:
        return False
    return head.lemma_.lower() in _V.refusal_verbs or any(c.lower_ == "yet" for c in head.children)


def _nothing_given(t) -> bool:
    """"has said nothing", "gave no figure", "no figure was given", "no details were released"."""
    for c in t.children:
        if c.dep_ in ("dobj", "nsubjpass") and (c.lower_ in ("nothing", "little") or
                                                any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)):
            return True
    return False


def _subject(verb, deps=("nsubj",)) -> list:
    """Who withholds: the verb's subject, or that of the verb carrying it ("X declined to say")."""
    v = verb
    for _ in range(4):
        subject = next((c for c in v.children if c.dep_ in deps), None)
        if subject is not None:
            return list(subject.subtree)
        if v.dep_ not in ("xcomp", "ccomp", "conj") or v.head is v:
            return []
        v = v.head
    return []


def withholds_beyond(sentence: str, terms, told) -> bool:
    """The sentence withholds something the question asks (`terms`) that `told` (the stems of the
    sentence that would answer) never mentions: "did not say how many had been refunded" against a
    count of the victims, which counts the people but not the refunds."""
    wanted = set(terms) - set(told)
    return any(not w.elliptical and wanted & w.about for w in withholdings(sentence))


def withholds(sentence: str, terms, speaker=(), elliptical: bool = True) -> bool:
    """The sentence withholds what `terms` (stems of the question's content) ask about, or (a
    what-did-X-say question) `speaker` withholds anything at all: "X declined to comment".
    Without `elliptical`, a withholding that names nothing ("gave no details") is left out."""
    terms, speaker = set(terms), set(speaker)
    for w in withholdings(sentence):
        if w.elliptical and not elliptical:
            continue
        if speaker and w.elliptical and speaker & w.who:
            return True
        if terms & (w.sentence if w.elliptical else w.about):
            return True
    return False
