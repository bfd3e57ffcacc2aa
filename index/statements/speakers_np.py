"""Who a noun phrase names as a speaker, over the parse: a person (by name, pronoun or role
phrase), a body ("the ministry", "the Green Alliance"), or an unnamed source described as
written ("a senior official who asked not to be named").

`build_cast` reads every paragraph once for the people named and what is said next to
their names; `speaker_of` resolves the subject of a speech act with that cast.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from index.statements.people import SUBJECT_DEPS, Cast, Mention, Person, age_of, clean_name
from index.vocabulary import vocabulary

ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
_CUT_DEPS = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj"}
_AGE_AFTER = re.compile(r"\s*,\s*(\d{2,3})\s*[,.;]")


@dataclass(frozen=True)
class Speaker:
    name: str  # canonical: a person's full name, a body's name, or the phrase as written
    as_written: str
    generic: bool = False
    person: Person | None = None


class Context:
    """What resolution needs besides the cast: the bodies named so far, by head word."""

    def __init__(self, cast: Cast):
        self.cast = cast
        self.bodies: dict[str, str] = {}
        self.last_body: tuple[int, str] | None = None
        self.role_speakers: dict[str, str] = {}  # "spokesperson" -> "spokesperson for Baltic Orbital Systems"

    def add_mention(self, pos: int, person: Person, subject: bool, sentence: int, speaker: bool = False) -> None:
        bisect.insort(self.cast.mentions, Mention(pos, person, subject, sentence, speaker), key=lambda m: m.pos)

    def add_body(self, name: str) -> None:
        for w in name.lower().replace("the ", "").split():
            if len(w) > 2 and w not in ("of", "and", "for"):
                self.bodies[w] = name


def _is_subjectish(tok) -> bool:
    t = tok
    for _ in range(3):
        if t.dep_ in SUBJECT_DEPS:
            return True
        if t.dep_ not in ("compound", "appos", "poss") or t.head.i == t.i:
            return False
        t = t.head
    return False


def build_cast(paragraph_docs, sentence_base: list[int]) -> Context:
    """People and bodies named in the article; `sentence_base[i]` numbers paragraph i's first sentence."""
    v = vocabulary()
    ctx = Context(Cast())
    for (span, doc), base in zip(paragraph_docs, sentence_base):
        sent_no = {s.start: base + i for i, s in enumerate(doc.sents)}
        for toks in _first_name_runs(doc):  # "Mehmet Yıldız" even when NER calls it an ORG
            words = clean_name(doc.text[toks[0].idx:toks[-1].idx + len(toks[-1])].split())
            if len(words) >= 2:
                p = ctx.cast.person(words)
                ctx.add_mention(span.start + toks[0].idx, p, _is_subjectish(toks[-1]), sent_no.get(toks[0].sent.start, base))
        for ent in doc.ents:
            if ent.label_ in ("ORG",):
                ctx.add_body(ent.text)
            if ent.label_ != "PERSON":
                continue
            words = clean_name(ent.text.split())
            if len(words) == 1 and ctx.cast.known(words[0]) is None:
                continue  # a lone capitalised word NER calls a person ("Kansenji"): not yet someone
            p = ctx.cast.person(words)
            if p is None:
                continue
            k = ent.start  # the words of the name's own noun phrase before it: "Kremlin Spokesman"
            while k > max(ent.sent.start, ent.start - 5) and doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") :
                k -= 1
            before = doc[k:ent.start]
            for t in before:  # "Mayor Annegret Hollmann", "returning officer Stefan Kühl", "Ms Hollmann"
                if v.title_gender(t.text) and ent.start - t.i == 1:
                    ctx.cast.learn_gender(p, v.title_gender(t.text))
            p.nations.update(t.lower_ for t in before if t.ent_type_ in ("NORP", "GPE"))
            p.nations.update(t.lower_ for t in ent if t.ent_type_ in ("NORP",))
            dropped = ent.text.split()[: len(ent.text.split()) - len(words)]
            _add_roles(p, [w.lower() for w in dropped] + [t.lower_ for t in before if t.pos_ in ("NOUN", "PROPN")])
            root = ent.root
            if root.dep_ == "appos":  # "the mine's chief executive, Pieter Verhoeven"
                _add_roles(p, [t.lower_ for t in root.head.subtree if t.i < root.head.i + 1 and t.i >= root.head.left_edge.i])
            for c in root.children:
                if c.dep_ == "appos":  # "Pieter Verhoeven, the mine's chief executive"
                    _add_roles(p, [t.lower_ for t in c.subtree if t.i <= c.i])
            m = _AGE_AFTER.match(doc.text[ent.end_char:ent.end_char + 8])
            if m and 15 < int(m.group(1)) < 110:
                p.age = int(m.group(1))
            sent = sent_no.get(ent.sent.start, base)
            ctx.add_mention(span.start + ent.start_char, p, _is_subjectish(root) or ent.start == ent.sent.start, sent)
        _pronoun_genders(ctx, doc, span)
    return ctx


def _pronoun_genders(ctx: Context, doc, span) -> None:
    """"Nikol Pashinyan ... when he met": a he/she later in the sentence of a person who is its
    subject tells that person's gender, over the first-name lexicon."""
    for sent in doc.sents:
        subj = next((m.person for m in ctx.cast.mentions
                     if span.start + sent.start_char <= m.pos < span.start + sent.end_char and m.subject), None)
        if subj is None:
            continue
        for t in sent:
            if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and t.idx > 0:
                if '"' not in doc.text[sent.start_char:t.idx]:
                    subj.gender = "male" if t.lower_ == "he" else "female"
                break


def _first_name_runs(doc):
    """Runs of two or three capitalised words starting with a first name the lexicon knows."""
    from index.statements.people import first_name_gender

    i, n = 0, len(doc)
    while i < n:
        t = doc[i]
        if t.text[:1].isupper() and t.is_alpha and (not t.is_sent_start or (i + 1 < n and doc[i + 1].pos_ == "PROPN")) \
                and first_name_gender(t.text):
            j = i + 1
            while j < n and j - i < 4 and (doc[j].text[:1].isupper() or (doc[j].text == "-" and not doc[j].whitespace_)):
                j += 1
            while j > i and doc[j - 1].text == "-":
                j -= 1
            if j - i >= 2:
                yield list(doc[i:j])
                i = j
                continue
        i += 1


def _add_roles(p: Person, words: list[str]) -> None:
    v = vocabulary()
    for i, w in enumerate(words):
        if v.is_role(w):
            p.roles.add(w)
            g = v.role_gender(w)
            if g:
                p.gender = p.gender or g
        if i + 1 < len(words) and v.is_role(f"{w} {words[i + 1]}"):
            p.roles.add(f"{w} {words[i + 1]}")


def phrase_tokens(head) -> list:
    """The noun phrase of `head` without relative clauses, appositions and trailing punctuation."""
    cut = set()
    for t in head.subtree:
        if t.i != head.i and t.dep_ in _CUT_DEPS and t.head.i >= head.left_edge.i:
            if t.dep_ == "punct" and (t.head.i != head.i or t.text == "-"):
                continue  # a hyphen inside "47-year-old" is no boundary
            cut.update(x.i for x in t.subtree)
    toks = [t for t in head.subtree if t.i not in cut]
    while toks and toks[-1].is_punct:
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks


def _text(toks) -> str:
    return "".join(t.text_with_ws for t in toks).strip()


def _person_from_tokens(ctx: Context, toks) -> Person | None:
    words = clean_name(toks[0].doc.text[toks[0].idx:toks[-1].idx + len(toks[-1])].split())
    return ctx.cast.person(words) if words else None


def _name_tokens(head):
    """The name a PROPN head ends: "Stefan Kühl" of "City returning officer Stefan Kühl"."""
    toks = [head]
    for c in reversed(list(head.lefts)):
        if c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == toks[0].i - 1:
            toks.insert(0, c)
        else:
            break
    i = head.i + 1  # "Lungu-Phiri" is three tokens
    while i + 1 < len(head.doc) and head.doc[i].text == "-" and head.doc[i + 1].pos_ == "PROPN" and not head.doc[i].whitespace_:
        toks += [head.doc[i], head.doc[i + 1]]
        i += 2
    if head.i > 1 and head.doc[head.i - 1].text == "-" and toks[0].i == head.i:
        toks = [head.doc[head.i - 2], head.doc[head.i - 1], head]
    return toks


def _looks_personal(ctx: Context, head, toks) -> bool:
    from index.statements.people import first_name_gender

    if head.ent_type_ == "PERSON":
        return True
    if ctx.cast.known(" ".join(clean_name(_text(toks).split()))) is not None:
        return True
    if head.ent_type_ in ORG_LABELS:
        return False
    return len(toks) > 1 and first_name_gender(toks[0].text) is not None


def speaker_of(ctx: Context, head, pos: int, sentence: int) -> Speaker | None:
    """The speaker the noun phrase headed by `head` names, or None when it names no speaker."""
    v = vocabulary()
    toks = phrase_tokens(head)
    written = _text(toks)
    low = head.lower_
    pron = v.pronoun(low)
    if pron is not None:
        if low in ("he", "she"):
            p = ctx.cast.antecedent(pos, sentence, gender=pron["gender"])
            if p is None:
                return Speaker(written, written)
            ctx.cast.learn_gender(p, pron["gender"])
            ctx.add_mention(pos, p, True, sentence, speaker=True)
            return Speaker(p.name, written, person=p)
        if low == "it" and ctx.last_body and sentence - ctx.last_body[0] <= 3:
            return Speaker(ctx.last_body[1], written)
        return None
    appos = [c for c in head.children if c.dep_ == "appos"]
    known = head.text[:1].isupper() and ctx.cast.known(" ".join(clean_name(_text(_name_tokens(head)).split()))) is not None
    if known or (head.pos_ == "PROPN" and head.ent_type_ not in ("DATE", "TIME", "CARDINAL")):
        names = _name_tokens(head)
        if known or _looks_personal(ctx, head, names):
            p = _person_from_tokens(ctx, names)
            if p is not None:
                _add_roles(p, [t.lower_ for t in toks if t.i < names[0].i])
                p.nations.update(t.lower_ for t in toks if t.i < names[0].i and t.ent_type_ in ("NORP", "GPE"))
                for a in appos:
                    _add_roles(p, [t.lower_ for t in a.subtree if t.i <= a.i])
                ctx.add_mention(pos, p, True, sentence, speaker=True)
                return Speaker(p.name, written, person=p)
    for a in appos:  # "an MCM spokeswoman, Thandeka Mokoena", "Its head, Anete Kļaviņa"
        if a.pos_ == "PROPN" and (a.ent_type_ == "PERSON" or _looks_personal(ctx, a, _name_tokens(a))):
            p = _person_from_tokens(ctx, _name_tokens(a))
            if p is not None:
                _add_roles(p, [low])
                ctx.add_mention(pos, p, True, sentence, speaker=True)
                return Speaker(p.name, f"{written}, {_text(_name_tokens(a))}", person=p)
    ents = [t for t in toks if t.ent_type_ in ORG_LABELS]
    det = next((c.lower_ for c in head.children if c.dep_ in ("det", "poss")), None)
    if det in ("his", "her") and low in v.organisations:  # "his office said": the office of the man just named
        p = ctx.cast.antecedent(pos, sentence, gender=v.pronoun(det)["gender"])
        if p is not None:
            name = f"{p.name.split()[-1]}'s " + _text([t for t in toks if t.i > next(c.i for c in head.children if c.lower_ == det)])
            ctx.add_body(name)
            return Speaker(name, written)
    if det == "whose" and head.dep_ != "ROOT":  # "the president, whose office said"
        owner = head
        while owner.dep_ != "relcl" and owner.head.i != owner.i:
            owner = owner.head
        owner = owner.head
        written = f"{_text(phrase_tokens(owner))}'s {head.text}"
        ctx.add_body(written)
        return Speaker(written, written)
    age = age_of(written) if "year-old" in written else None
    single = low[:-1] if low.endswith("s") else low
    if (head.pos_ == "NOUN" or age is not None) and (v.is_role(low) or v.is_role(single) or low in v.generic_sources or age is not None) \
            and low not in v.organisations:
        if det in ("a", "an", "one", "another", "several", "some", "two", "three") or (det is None and head.tag_ == "NNS"):
            if any(t.lower_ in ("for", "of") for t in toks) and ents and v.is_role(single):
                name = re.sub(r"^(?:a|an)\s+", "", written)  # "a spokeswoman for the ministry"
                ctx.role_speakers[single] = name
                return Speaker(name, written)
            return Speaker(_generic(head, written), written, generic=True)
        nations = {t.lower_ for t in toks if t.ent_type_ in ("NORP", "GPE")}
        p = ctx.cast.antecedent(pos, sentence, role=None if age else single, age=age, nations=nations)
        if p is not None:
            ctx.add_mention(pos, p, True, sentence, speaker=True)
            return Speaker(p.name, written, person=p)
        if det == "the" and single in ctx.role_speakers:
            return Speaker(ctx.role_speakers[single], written)
        return Speaker(written, written)
    if ents or low in v.organisations or head.pos_ == "PROPN":
        if ents and det != "the" and not any(t.lower_ in v.organisations and t.i > ents[-1].i for t in toks):
            name = _text([t for t in toks if t.i >= ents[0].i])
        else:
            name = written
        if det == "the" and not ents and low in v.organisations:
            if len(toks) == 2 and low in ctx.bodies:
                name = ctx.bodies[low]  # "the alliance" after "the Green-Social alliance"
            elif ctx.last_body and sentence - ctx.last_body[0] <= 12 and low in ctx.last_body[1].lower().split():
                name = ctx.last_body[1]
        ctx.add_body(name)
        ctx.last_body = (sentence, name)
        return Speaker(name, written)
    return None


def _generic(head, written: str) -> str:
    """An unnamed source as the article describes it, with its relative clause
    ("a senior official who asked not to be named")."""
    full = _text([t for t in head.subtree if not t.is_punct or t.i not in (head.left_edge.i, head.right_edge.i)])
    full = full.strip(" ,")
    return full if len(full) <= 120 else written
