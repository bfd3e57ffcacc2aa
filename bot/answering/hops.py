"""Questions that describe a person or body by what they did, answered in two steps.

    What did the official who urged both sides to return to talks say about the strike?
      1. "the official who urged both sides to return to talks" -> the sentence that says it:
         "Transport Minister Okan Bele urged both sides to return to talks."  -> Okan Bele
      2. What did Okan Bele say about the strike?

The described phrase is a noun for a person or body with a relative clause (spaCy's `relcl`);
the sentence that names them holds most of the clause's words and a name (a person the article
describes, or an organisation entity). The first step's sentence is cited with the answer, so the
answer says who was meant and where the articles say so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from bot.answering.anonymous import unnamed_on_request
from bot.answering.body_back_refs import named_bodies, standing_for
from bot.answering.candidates import Candidate, candidates_of
from bot.answering.company_forms import FIRMS, company_by_form
from bot.answering.hop_meaning import describes_whom_asked, nearest_in_meaning
from bot.answering.mentions import named_people
from bot.answering.parsing import parse
from bot.answering.people import people_of
from bot.answering.predicate import parse_question, said_that_clause
from bot.answering.question import _asks_of_noun
from bot.answering.shown import shown_for
from bot.answering.terms import stems
from index.models import Answer, Citation
from index.spacy_import import stop_words
from index.statements.nlp import pipeline
from index.vocabulary import vocabulary

_SPEECH = vocabulary().speech_words

CLAUSE_COVERAGE = 0.6  # share of the clause's (idf-weighted) words the naming sentence must hold
LOOK_AT = 8  # passages retrieved for the description


@dataclass(frozen=True)
class Hop:
    question: str  # the question with the description replaced by the name
    name: str
    bridge: Candidate  # the sentence that names them


@dataclass(frozen=True)
class _Description:
    phrase: str  # "the official who urged both sides to return to talks"
    clause: str  # "urged both sides to return to talks"
    head: str  # "official"
    asks: str  # "person" or "organisation"
    then: str = ""  # "Who joined X, and what award did he get?": the second question, about "he"


@lru_cache(maxsize=1024)
def described(question: str) -> _Description | None:
    """The question's noun phrase that describes a person or body by a relative clause, if any."""
    clause = said_that_clause(question)  # "Who said that ...": only the clause may describe someone
    if clause is None and (nick := _NICKNAMED.search(question)) is not None and _asks_of_noun(nick.group("head")) == "person":
        # "the manager nicknamed the Watchmaker": the article may write "known as", "dubbed": the name is the clue.
        return _Description(nick.group(0), nick.group("nickname"), nick.group("head"), "person")
    if not re.search(r"\b(?:who|that|which|whose)\b", question if clause is None else clause, re.I) \
            and (clause is not None or not _CONTACT.search(question)):
        return None  # most questions are never parsed here
    if (both := _WHO_THEN.match(question)) is not None and _PRONOUN.search(both.group(3)):
        return _Description(both.group(1), both.group(2), "who", "person", both.group(3))
    if (lead := _LEAD.match(question)) is not None and _PRONOUN.search(lead.group(2)):
        # "The caller whose wife survived a bleed: where was he calling from?": the description is
        # all of the part before the colon; the question after it asks about "he".
        phrase, then = lead.group(1), lead.group(2)
        rel = re.match(r"^(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,4}?([\w'’\-]+)\s+(who|whose|that|which)\s+(.+)$", phrase, re.I)
        # "The buyer who ...": "who" says a person whatever the noun.
        asks = "person" if rel is not None and rel.group(2).lower() in ("who", "whose") else rel and _asks_of_noun(rel.group(1))
        if rel is not None and asks in ("person", "organisation"):
            return _Description(phrase, rel.group(3), rel.group(1), asks, then)
        d = _described(phrase, fragment=True)
        return replace(d, phrase=phrase, then=then) if d is not None else None
    return _described(question)


def _described(question: str, fragment: bool = False) -> _Description | None:
    if not _names_a_role(question):
        return None  # no noun a described phrase could hang on: nothing to find in a parse
    doc = parse_question(question)
    for t in doc:
        if t.dep_ != "relcl" or t.head.pos_ not in ("NOUN", "PROPN"):  # "the MP who ...": a role the tagger reads as a name
            continue
        head = t.head
        # "the chief the minister spoke with": a clause with its own subject and no relative word
        contact = not any(c.lower_ in ("who", "that", "which", "whose") for c in t.subtree)
        if contact and not any(c.dep_ == "nsubj" and c.i < t.i and c.i > t.head.i for c in t.children):
            continue
        asks = _asks_of_noun(head.text)
        if asks not in ("person", "organisation"):
            continue
        words = list(head.subtree)
        end = words[-1].i + 1
        # "What did the official who announced the recall say about refunds": the parser may hang
        # the question's own verb (a bare "say" after "did") on the clause; the phrase ends before it.
        for w in doc[t.i + 1 : end]:
            # ("the company that will build and run the line": a verb joined to the clause's is the clause's)
            if w.tag_ == "VB" and doc[w.i - 1].lower_ not in ("to",) and doc[w.i - 1].tag_ != "MD" \
                    and not (w.dep_ == "conj" and t.i <= w.head.i < w.i):
                end = w.i
                break
        if end - 1 > t.i and doc[end - 1].tag_ == "VBN" and (end == len(doc) or doc[end].is_punct):
            end -= 1  # "Where is the company that made the tool based?": "based" is the question's
        end = _before_own_verb(doc, t.i, end)
        own = _bare_verb_after_do(doc, t.i) if not fragment else None
        # (a bare verb before it, "say" of "did the cyclist who was hurt say about the crash", is the question's own)
        if own is not None and own >= end and not any(w.tag_ in ("VB", "VBP") for w in doc[end:own]):
            # "What post does the delegate who denied any release went above Y hold?": a clause the parser
            # cut short runs on to the question's own bare verb after its "does"
            end = own
        elif end >= len(doc) - 1 and not fragment:
            # "The MP who was made to withdraw the word represents which constituency?": the question's
            # own verb, read into the clause, is its first finite verb after the clause's.
            end = next((w.i for w in doc[t.i + 1 : end] if w.tag_ in ("VBZ", "VBP", "VBD")
                        and w.dep_ not in ("aux", "auxpass") and w.i > t.i + 1), end)
        phrase = doc[words[0].i : end].text
        # "the farmer whose drying shed lost its roof": what was theirs is the clause's subject, before its verb.
        whose = next((w for w in t.subtree if w.lower_ == "whose" and w.i < t.i), None)
        clause_tokens = [w for w in doc[whose.i + 1 if whose is not None else t.left_edge.i if contact else t.i : end]
                         if w.i >= t.left_edge.i
                         and w.lower_ not in ("who", "that", "which", "whose")]
        clause = " ".join(w.text for w in clause_tokens)
        return _Description(phrase, clause, head.text, asks)
    return None


def _bare_verb_after_do(doc, phrase_at: int) -> int | None:
    """The question's own bare verb that ends it after a "does"/"did" before the phrase ("What post
    does <phrase> hold?"), so a finite verb misused inside the clause is not taken for it."""
    if not any(w.lemma_.lower() == "do" and w.tag_ in ("VBZ", "VBD", "VBP") for w in doc[:phrase_at]):
        return None
    last = next((w for w in reversed(doc) if not w.is_punct), None)
    if last is None or last.i <= phrase_at or not last.text.isalpha() or not last.text.islower():
        return None
    if last.tag_ == "VB":
        return last.i
    # (the tagger may read it as a noun after a long clause: "... per second hold?")
    probe = parse_question(f"What does he {last.text}?")
    return last.i if any(x.lower_ == last.lower_ and x.pos_ == "VERB" for x in probe) else None


def _names_a_role(question: str) -> bool:
    """Whether a token of the question is a noun for a person or body, which the phrase's head
    must be. Read off spaCy's tokenizer alone (the parse's own tokens, about 0.1 ms), so that a
    question with a relative word but no such noun ("Who said that the plan, which ...") is not
    parsed (3-4 ms, before its retrieval) to find no described phrase."""
    return any(_asks_of_noun(t.text) in ("person", "organisation") for t in pipeline().make_doc(question))


def _before_own_verb(doc, clause_at: int, end: int) -> int:
    """"Where did the person who vowed ... end up in a field work before joining X?": with only
    "did" for a verb, the parser read the question's own verb ("work") as a noun of the clause.
    The phrase ends before the last noun that reads as a verb after "did he"."""
    root = next((w for w in doc if w.dep_ == "ROOT"), None)
    if root is None or root.lemma_.lower() != "do" or root.i > clause_at or end < len(doc) - 1:
        return end
    wh = doc[: root.i].text
    for k, w in enumerate(reversed(doc[clause_at + 1 : end])):
        # The last word may be the question's verb the tagger misread ("... from a shop live?" as an
        # adverb): it is tried first, lest a noun before it ("shop") be taken for the verb.
        last = k == 0 and w.text.isalpha() and w.tag_ not in ("NN", "NNS") and w.pos_ != "ADP"
        if (w.tag_ not in ("NN", "NNS") and not last) or not w.text.islower():
            continue
        rest = doc[w.i : len(doc)].text
        probe = parse_question(f"{wh} {root.text} he {rest}")
        if any(x.lower_ == w.lower_ and x.pos_ == "VERB" for x in probe):
            return w.i
    return end


def resolve_hop(question: str, corpus) -> Hop | None:
    """The question with its described person or body named, and the sentence naming them."""
    d = described(question)
    if d is None:
        return None
    sparse = corpus.sparse
    idf = sparse.idf if sparse is not None else (lambda t: 1.0)
    # "would end up meeting": the clause's function words ("would", "up") are in any sentence or none;
    # but a clause of one word besides them ("is under review") is matched with them all.
    clause_terms = list(dict.fromkeys(stems(" ".join(w for w in d.clause.split() if w.lower() not in stop_words()))))
    if len(clause_terms) < 3:
        clause_terms = list(dict.fromkeys(stems(d.clause)))
    first = d.clause.split()[0].lower() if d.clause.split() else ""
    if first in _SPEECH and len(clause_terms) > 2:
        # "the ecologist who called the cut the cautious choice": the quote says it, "she said" beside it.
        clause_terms = clause_terms[1:]
    if not clause_terms:
        return None
    total = sum(idf(t) for t in clause_terms) or 1.0
    # A person's head noun only: a body's ("a cabinet that cut X") is written in the very sentence that names no one.
    head_stem = next(iter(stems(d.head)), "")
    head = _head_words(d.head) if d.asks == "person" and d.head.lower() not in ("who", "person", "people", "man", "woman") else None
    # "who joined the Harriers from Westbury": the article may say "moved to the Harriers from
    # Westbury". With two names of the clause in the sentence, its verb may be written otherwise.
    names = set(stems(" ".join(w for w in d.clause.split()[1:] if w[:1].isupper())))
    verb = clause_terms[:1] if len(names) >= 2 and clause_terms[0] not in names else []
    # A person described by a speech act still in the clause ("who reported the margin"); a body
    # ("the union that called the offer an insult") speaks through someone else, who is not it.
    said_verb = next(iter(stems(first)), None) if d.asks == "person" and first in _SPEECH else None
    said_verb = said_verb if said_verb in clause_terms else None
    best: tuple[float, Candidate, str] | None = None
    unnamed = 0.0  # how well the best sentence describing them as unnamed on request fits
    looked = candidates_of(corpus.retrieve(d.phrase, LOOK_AT))
    shares: dict[int, float] = {}
    tells_rest = _rest_told(_rest_of(question, d), looked, corpus, idf)
    bodies = named_bodies(d.clause) if d.asks == "person" else {}
    for c in looked:
        present = c.terms | (set(clause_terms[:1]) if _won_over(d, c.text) else set()) | _verbs_of_past_forms(c.terms)
        if bodies and not bodies.keys() <= present:  # "sold the company ..." after the article named it
            present = present | standing_for(c.text, _article_text(c, corpus), bodies)
        share = sum(idf(t) for t in clause_terms if t in present) / total
        shares[id(c)] = share
        own_words = None
        if said_verb is not None and share < CLAUSE_COVERAGE and said_verb not in present \
                and (own_words := _speaker_of(c, corpus)) is not None:
            # "the executive who reported the margin": "Gross margin was 31.6 per cent" in the words the
            # ledger gives a speaker; what a speaker says, they report, and they are who is meant.
            share = sum(idf(t) for t in clause_terms if t in present or t == said_verb) / total
        if verb and share < CLAUSE_COVERAGE and names <= c.terms:
            share = CLAUSE_COVERAGE * sum(idf(t) for t in clause_terms[1:] if t in present) / (total - idf(verb[0]) or 1.0)
        if head is not None and head.search(c.text):
            # "the relative who issued a statement": "The victim's daughter ... said in a statement". The
            # sentence that names them by the head noun (or a kind of it) needs less of the clause.
            share = max(share, (share * total + idf(head_stem)) / (total + idf(head_stem)))
        if share < CLAUSE_COVERAGE or (best is not None and share <= best[0]):
            continue
        if share < FULL and not tells_rest(c):
            continue  # part of the clause, in a story that does not tell the rest of the question: someone else
        name = own_words if own_words is not None and share >= CLAUSE_COVERAGE else _name_in(c, d, corpus)
        if name is not None and head is not None and not head.search(c.text) and _described_otherwise(c, head, corpus):
            continue  # "the customer who spotted the copies": not the designer whose lede tells of the copies
        if name is not None and head is not None and _unnamed_there(c.text, head, name):
            unnamed = max(unnamed, share)  # "she was sent a photograph by a customer in Dunvarra": the customer is unnamed
            continue
        if name is not None:
            best = (share, c, name)
        elif head is not None and unnamed_on_request(c.text, d.head.lower(), set(stems(d.head))):
            unnamed = max(unnamed, share)  # "One senior editor, who asked not to be named, told me ...": no one to name
    if best is None and not unnamed and describes_whom_asked(question, d.phrase, d.head, bool(d.then) or d.head == "who"):
        # "the teenager who scored the late winner" / "K scored ... deep into stoppage time": told in other words.
        # (only in an article that tells the rest of the question too: a sentence alike in another
        # story names someone who did something else)
        near = nearest_in_meaning(d.phrase, [c for c in looked if tells_rest(c)], shares,
                                  getattr(corpus, "embedder", None))
        name = _name_in(near, d, corpus) if near is not None else None
        if name is not None and head is not None and (_unnamed_there(near.text, head, name) or (
                not head.search(near.text) and _described_otherwise(near, head, corpus))):
            name = None  # (as above: the person meant is unnamed there, or another's job is written)
        best = (shares[id(near)], near, name) if name is not None else None
    if best is None or best[0] <= unnamed:
        return None
    _, bridge, name = best
    name = _as_the_ledger_knows(name, corpus)
    rewritten = question.replace(d.phrase, name, 1)
    if d.then:
        rewritten = named_in(d.then, name)
    elif (after := re.match(rf"{re.escape(name)}\s*[:;—–]\s*(.+)$", rewritten)) is not None:
        rewritten = named_in(after.group(1), name)  # "The buyer who says X: in which city is his company?"
    return Hop(rewritten, name, bridge) if rewritten != question else None


@lru_cache(maxsize=1)
def _past_forms() -> dict[str, str]:
    """Each irregular past form's verb stem ("built" -> "build")."""
    return {next(iter(stems(form)), form): next(iter(stems(verb)), verb)
            for verb, forms in vocabulary().irregular_past.items() for form in forms}


def _verbs_of_past_forms(terms) -> set[str]:
    """"The line will be built by X" holds the "build" of "the company that will build the line"."""
    past = _past_forms()
    return {past[t] for t in terms if t in past}


@lru_cache(maxsize=256)
def _head_words(head: str) -> re.Pattern:
    """The head noun and the words of its kinds (index/vocabulary.yaml job_kinds, role_groups), as whole
    words: "relative" is written "daughter"; "official" is not "office", whatever their stems."""
    v = vocabulary()
    word = head.lower()
    words = {word, *v.job_kinds.get(word, ()), *(w for g in v.role_groups if word in g for w in g)}
    return re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, words), key=lambda w: (-len(w), w))) + r")s?\b", re.I)


# "Who joined the club from X, and what award did she get?": a who-question, then one about its answer.
_WHO_THEN = re.compile(r"^\s*((?:and\s+)?who\s+(.+?)),?\s+and\s+((?:what|which|where|when|how|why|in\s+which|did|does|is|was)\b.+)$",
                       re.I)
# "The MP who accused the minister of X: what did he then ask about?"
_LEAD = re.compile(r"^\s*((?:the|a|an)\s.+?)\s*[:;—–]\s+((?:what|which|where|when|how|why|who|whom|in|on|at|from|did|does|do|is|was|were|has|had)\b.+)$",
                   re.I)
_PRONOUN = re.compile(r"\b(he|she|they|his|her|their|him|them)\b", re.I)
# "the chief the minister spoke with", "the official the mayor fired": a noun, then another noun
# phrase that is the subject of a clause describing it (no "who" or "that" between them)
_CONTACT = re.compile(r"\b(?:the|a|an)\s+[a-z][\w'’\-]*\s+(?:the|a|an|his|her|its|their)\s+[a-z][\w'’\-]*\s+[a-z]+", re.I)
# "the manager nicknamed the Watchmaker", "a striker known as El Gato": a person described by a byname.
_NICKNAMED = re.compile(r"\b(?:the|a|an)\s+(?:[\w'’\-]+\s+){0,3}?(?P<head>[a-z][\w'’\-]+)\s+(?:nicknamed|known as|dubbed|"
                        r"called|better known as|known locally as)\s+(?P<nickname>(?:the\s+)?[A-Z][\w'’\-]*(?:\s+(?:[A-Z][\w'’\-]*|of|de|la|el))*)")


def named_in(text: str, name: str) -> str:
    """The question with its first pronoun read as the person's name: "in which city is her company?"
    -> "in which city is X's company?", "where was she calling from?" -> "where was X calling from?"."""
    m = _PRONOUN.search(text)
    if m is None:
        return text
    word = m.group(1).lower()
    following = re.match(r"\s*([\w'’\-]+|\S)", text[m.end():])
    # "her company" is hers; "say to her?" is her.
    possessive = word in ("his", "their") or (word == "her" and following is not None
                                             and following.group(1).lower() not in stop_words() and following.group(1).isalpha())
    out = text[:m.start()] + name + ("'s" if possessive else "") + text[m.end():]
    return out[:1].upper() + out[1:] if m.start() == 0 else out


def _name_in(c: Candidate, d: _Description, corpus) -> str | None:
    """The person (or organisation) the sentence names, nearest the clause's verb."""
    verbs = [t for t in stems(d.clause)[:1]]
    if d.asks == "person":
        article = corpus.article(c.chunk.chunk.article_id)
        people = named_people(c.text, people_of(article, corpus)) if article is not None else []
        if not people:
            return _speaker_of(c, corpus)  # "... the cautious choice," she said: the ledger knows who
        if d.clause.split()[0].lower() in _SPEECH and (said := _speaker_of(c, corpus)) is not None \
                and any(p.name == said for p in people):
            return said  # "the man who warned ...": whoever the ledger says warned, not another name in the line
        won = _won_over(d, c.text)
        if won is not None:
            # "the man who beat the former mayor": "the former mayor ... lost to X" names X after "lost to".
            after = [p for p in people if c.text.find(p.surname) > won.end()]
            if after:
                return min(after, key=lambda p: c.text.find(p.surname)).name
        at = next((m.start() for v in verbs for m in re.finditer(rf"\b{re.escape(v)}", c.text, re.I)), 0)
        return min(people, key=lambda p: abs(c.text.find(p.surname) - at)).name
    firm = company_by_form(c.text)  # "PT Sinar Laut": a company by its form, which the parser may read as a person
    orgs = [e.text for e in parse(c.text, entities=True).ents if e.label_ == "ORG"]
    if firm is not None and d.head.lower() in FIRMS and not any(firm in o or o in firm for o in orgs):
        # the parser's organisations (a place among them) and the company: the one nearest the clause's verb
        # ("the operator of ..., PT Sinar Laut" for "operates"; "led by X" for "led", not the funded maker)
        at = next((m.start() for v in verbs for m in re.finditer(rf"\b{re.escape(v)}", c.text, re.I)), None)
        if at is None:
            return orgs[0] if orgs else firm
        return min([*orgs, firm], key=lambda o: abs(c.text.find(o) - at))
    return orgs[0] if orgs else firm


FULL = 0.999  # a share of the clause's words that is all of them
REST_TERMS = 3  # the rest of the question is weighed only when it has this many words ("which party ... belong to" has not)
REST_BEHIND = 0.75  # of the best article's share of the rest, the bridge's article must hold


def _rest_of(question: str, d: _Description) -> list[str]:
    """The content words' stems of the question besides the described phrase."""
    if d.then:
        return list(dict.fromkeys(stems(" ".join(w for w in d.then.split() if w.lower() not in stop_words()))))
    rest = question.replace(d.phrase, " ")
    return [t for t in dict.fromkeys(stems(" ".join(w for w in rest.split() if w.lower() not in stop_words())))
            if t not in _QUESTION_WORDS]


_QUESTION_WORDS = frozenset(stems("what which when where who whom whose why how did does do is was were say said"))


def _rest_told(rest: list[str], looked: list[Candidate], corpus, idf):
    """A test of a candidate: whether its article tells the rest of the question nearly as well as the
    looked-at article that tells it best. Always true when the rest is a word or two (what is asked
    for, "which post ... hold", is seldom in the article's words)."""
    if len(rest) < REST_TERMS:
        return lambda c: True
    total = sum(idf(t) for t in rest) or 1.0
    told: dict[str, float] = {}
    for c in looked:
        article_id = c.chunk.chunk.article_id
        if article_id not in told:
            held = _article_terms(article_id, corpus)
            told[article_id] = 1.0 if held is None else sum(idf(t) for t in rest if t in held) / total
    best = max(told.values(), default=0.0)
    return lambda c: told.get(c.chunk.chunk.article_id, best) >= REST_BEHIND * best


def _article_terms(article_id: str, corpus) -> frozenset[str] | None:
    article = corpus.article(article_id)
    return _terms_of(article.id, article.content_hash, article.text) if article is not None else None


@lru_cache(maxsize=64)
def _terms_of(article_id: str, content_hash: str, text: str) -> frozenset[str]:
    return frozenset(stems(text))


def _article_text(c: Candidate, corpus) -> str | None:
    article = corpus.article(c.chunk.chunk.article_id)
    return article.text if article is not None else None


def _as_the_ledger_knows(name: str, corpus) -> str:
    """"Desmond Quessy" (from a list of those present) is the ledger's "Cllr Quessy" when only that
    speaks: the second step asks about what they said, by the name their statements carry."""
    ledger = corpus.ledger()
    if ledger is None or len(name.split()) < 2 or ledger.resolve_speaker(name) is not None:
        return name
    known = ledger.resolve_speaker(name.split()[-1])
    return known if known is not None and name.split()[-1] in known else name


def _unnamed_there(text: str, head: re.Pattern, name: str) -> bool:
    """The head noun is written indefinitely and no name stands by it ("by a customer in Dunvarra",
    "an angry customer"): the person described is unnamed, whoever else the sentence names."""
    from bot.answering.described_unnamed import named_as_another

    surname = name.split()[-1]
    if any(named_as_another(text, stem, name) for stem in {s for m in head.finditer(text) if not _quoted_at(text, m.start())
                                                          for s in stems(m.group(0))[:1]}):
        return True  # "The teacher, who retires in June, ..., the principal, Mrs NAME, said": the name is the principal's
    for m in head.finditer(text):
        before = text[max(0, m.start() - 30):m.start()]
        if not re.search(r"\b(?:a|an|one)\s+(?:[\w'’-]+\s+){0,2}$", before, re.I) or _quoted_at(text, m.start()):
            continue  # ("You can't drop a player like that": a quote's "a player" is anyone, not the one asked)
        near = text[max(0, m.start() - 40):m.end() + 40]
        if surname not in near:
            return True
    return False


def _quoted_at(text: str, at: int) -> bool:
    """Whether `at` falls inside a quotation of the sentence (an open quote mark before it)."""
    from index.statements.attribution import quote_spans  # (the ingest side's reading; loaded only when a hop needs it)
    from index.textnorm import fold

    return any(a <= at < b for a, b in quote_spans(fold(text))[0])


def _described_otherwise(c: Candidate, head: re.Pattern, corpus) -> bool:
    """The sentence's speaker is written with another job than the one asked ("A Town knitwear
    designer says ..." for "the customer who ..."): the ledger's statement there, as written."""
    ledger = corpus.ledger()
    if ledger is None:
        return False
    from bot.answering.attribution import statement_at

    st = statement_at(ledger.statements_for_article(c.chunk.chunk.article_id), c.span)
    written = (getattr(st, "speaker_as_written", None) or "") if st is not None else ""
    if any(w.lower() in written.lower() for w in st.speaker.split() if len(w) > 2) if st is not None else True:
        return False  # "CAPTAIN X": the name as written, with a title; not a description of another job
    from index.statements.delayed import job_word

    return any(job_word(w.lower()) for w in re.findall(r"[A-Za-z][\w-]*", written)) and not head.search(written)


def _speaker_of(c: Candidate, corpus) -> str | None:
    """The named person the ledger says spoke the sentence, if any."""
    ledger = corpus.ledger()
    if ledger is None:
        return None
    from bot.answering.attribution import statement_at

    st = statement_at(ledger.statements_for_article(c.chunk.chunk.article_id), c.span)
    if st is None or st.generic_speaker or len(st.speaker.split()) < 2 or not st.speaker[:1].isupper():
        return None
    return st.speaker


def with_bridge(result: Answer, hop: Hop) -> Answer:
    """The answer with the sentence that names the described person first, cited [1]."""
    if result.abstained:
        return result
    b = hop.bridge
    chunk = b.chunk.chunk
    if any(c.article_id == chunk.article_id and c.start < b.span.end and b.span.start < c.end for c in result.citations):
        return result  # the answer already cites it
    shifted = [replace(c, n=c.n + 1) for c in result.citations]
    # The answer's own markers only: an article's paragraph references ("[42].") keep their numbers.
    count = len(result.citations)
    text = re.sub(r"\[(\d+)\](?=\s|$)", lambda m: f"[{int(m.group(1)) + 1}]" if int(m.group(1)) <= count else m.group(0),
                  result.text)
    first = Citation(1, chunk.article_id, b.span.start, b.span.end, b.text, chunk.id, chunk.paragraph)
    line = shown_for(b.text, hop.name)  # "Mr HALE (Seat) (10:42): ..." -> "Mr Hale: ..."
    return replace(result, text=f"{line} [1] {text}", citations=[first, *shifted])


# "beat / defeated X" is written from the loser's side as often: "X lost to Y", "X was beaten by Y".
_WIN_VERBS = frozenset("beat defeat unseat oust overcome topple".split())
_LOST_TO = re.compile(r"\b(?:lost|losing|loses|lose)\s+(?:narrowly\s+)?to\b|\b(?:was|were|been)\s+(?:narrowly\s+)?"
                      r"(?:defeated|beaten|unseated|ousted|toppled)\s+by\b", re.I)


def _won_over(d: _Description, text: str):
    """The "lost to" of a sentence written from the loser's side, when the clause is a win over someone."""
    words = d.clause.split()
    if not words or parse(words[0])[0].lemma_.lower() not in _WIN_VERBS:
        return None
    return _LOST_TO.search(text)

