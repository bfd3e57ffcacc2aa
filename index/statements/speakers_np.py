"""Who a noun phrase names as a speaker, over the parse: a person (by name, pronoun or role
phrase), a body ("the ministry", "the Green Alliance"), or an unnamed source described as
written ("a senior official who asked not to be named").

`speaker_of` resolves the subject of a speech act with the article's cast (`cast.py`).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from index.statements.cast import Context, add_roles
from index.statements import company_refs, group_remnants, kin, source_groups
from index.statements.delegates import delegate_of, recalled_delegate
from index.statements.same_surname import titled_namesake
from index.statements.name_shapes import family_first, name_before_comma, personal_frame
from index.statements.nationals import described, nationality_gender
from index.statements.people import Person, age_of, clean_name, first_name_gender
from index.vocabulary import vocabulary

ORG_LABELS = {"ORG", "GPE", "NORP", "FAC"}
_CUT_DEPS = {"relcl", "acl", "appos", "advcl", "punct", "cc", "conj"}


@dataclass(frozen=True)
class Speaker:
    name: str  # canonical: a person's full name, a body's name, or the phrase as written
    as_written: str
    generic: bool = False
    person: Person | None = None


def nation_words(toks) -> set[str]:
    """The nations a phrase names ("the Kazakh minister"), also a demonym the tagger left untagged."""
    from index.world import country_for

    return {t.lower_ for t in toks if t.ent_type_ in ("NORP", "GPE")
            or (t.text[:1].isupper() and t.pos_ in ("ADJ", "PROPN") and country_for(t.text))}


def phrase_tokens(head) -> list:
    """The noun phrase of `head` without relative clauses, appositions and trailing punctuation."""
    cut = set()
    for t in head.subtree:
        if t.i != head.i and t.dep_ in _CUT_DEPS and t.head.i >= head.left_edge.i:
            if t.dep_ == "punct" and (t.head.i != head.i or t.text == "-"):
                continue  # a hyphen inside "47-year-old" is no boundary
            cut.update(x.i for x in t.subtree)
    for t in head.children:  # "both Lima and ...": "both" marks the pair, it is no part of a name
        if t.dep_ in ("preconj", "det", "predet") and t.lower_ in ("both", "either", "neither"):
            cut.add(t.i)
        # "The High Court on Wednesday (March 4) directed ...": the day is the act's, no part of the name
        if t.dep_ == "prep" and t.i > head.i and t.lower_ in ("on", "at") and any(
                o.dep_ == "pobj" and o.ent_type_ in ("DATE", "TIME") for o in t.children):
            cut.update(x.i for x in t.subtree)
        # "The X Forum, in a press release on Monday, called on ...": the record the words are in, no part of the name
        if t.dep_ == "prep" and t.i > head.i and t.lower_ in ("in", "through", "via") and any(
                o.dep_ == "pobj" and (o.lower_ in vocabulary().statement_nouns or o.lower_ in vocabulary().record_nouns)
                for o in t.children):
            cut.update(x.i for x in t.subtree)
        # "Zodwa from Ormsvale messaged ...": a caller's or listener's given name with where they
        # live; the place is no part of the name
        if t.dep_ == "prep" and t.i == head.i + 1 and t.lower_ == "from" and head.text[:1].isupper() \
                and head.pos_ in ("PROPN", "NOUN") and not vocabulary().is_role(head.lower_) and any(
                o.dep_ == "pobj" and o.pos_ == "PROPN" and not any(c.dep_ == "det" for c in o.children) for o in t.children):
            cut.update(x.i for x in t.subtree)
    toks = [t for t in head.subtree if t.i not in cut]
    while toks and toks[-1].is_punct:
        toks.pop()
    while toks and toks[0].is_punct:
        toks.pop(0)
    return toks


def _text(toks) -> str:
    # a token cut out between two kept ones ("Min-jae[,] vice") leaves a space, not a join
    return "".join(t.text + (t.whitespace_ or (" " if k + 1 < len(toks) and toks[k + 1].i != t.i + 1 else ""))
                   for k, t in enumerate(toks)).strip()


def _person_from_tokens(ctx: Context, toks, pos: int | None = None, appos=()) -> Person | None:
    """The person a name's tokens name; `pos` (the name's offset in the article) and the jobs of
    the name's appositions (`appos`: "Mr X, the riders' chairman") tell namesakes apart."""
    raw = toks[0].doc[toks[0].i:toks[-1].i + 1].text.split()  # (Doc.text would join the whole paragraph)
    words = clean_name(raw)
    jobs = {t.lower_ for a in appos for t in a.subtree if t.i <= a.i and vocabulary().is_role(t.lower_)}
    p = (titled_namesake(ctx.cast, raw, words, pos, jobs) or ctx.cast.person(words)) if words else None
    if p is not None and len(words) > 1:
        for w in raw[1:-1]:  # 'Given "Nick" Surname': the nickname alone names him later
            if len(w) > 2 and w[0] in _QUOTE_MARKS and w[-1] in _QUOTE_MARKS:
                ctx.cast.nickname(w[1:-1], p)
    return p


_QUOTE_MARKS = "\"“”‘’'"


def _name_tokens(head):
    """The name a PROPN head ends: "Stefan Kühl" of "City returning officer Stefan Kühl"."""
    toks = [head]
    for c in reversed(list(head.lefts)):
        if c.i != toks[0].i - 1:
            break
        if c.dep_ == "compound" and c.pos_ == "PROPN":
            toks.insert(0, c)
        elif c.text == "-" and not c.whitespace_ and c.i > 0 and head.doc[c.i - 1].dep_ == "compound" \
                and head.doc[c.i - 1].head.i == head.i and head.doc[c.i - 1].pos_ == "PROPN":
            toks.insert(0, c)  # "Omar al-Harthi": the hyphen inside a particle's name
        else:
            break
    k = toks[0].i  # 'Sookie "Bo" Velamar': a quoted nickname between the given name and the surname
    doc = head.doc
    if k >= 4 and doc[k - 1].text in _QUOTE_MARKS and doc[k - 3].text in _QUOTE_MARKS and doc[k - 2].text[:1].isupper() \
            and doc[k - 4].pos_ == "PROPN" and doc[k - 4].text[:1].isupper() and not doc[k - 2].whitespace_ \
            and not doc[k - 3].whitespace_ and doc[k - 4].head.i in (head.i, doc[k - 2].i, doc[k - 2].head.i):
        toks = [doc[k - 4], doc[k - 3], doc[k - 2], doc[k - 1], *toks]
    i = head.i + 1  # "Lungu-Phiri" is three tokens
    while i + 1 < len(head.doc) and head.doc[i].text == "-" and head.doc[i + 1].pos_ == "PROPN" and not head.doc[i].whitespace_:
        toks += [head.doc[i], head.doc[i + 1]]
        i += 2
    if head.i > 1 and head.doc[head.i - 1].text == "-" and toks[0].i == head.i:
        toks = [head.doc[head.i - 2], head.doc[head.i - 1], head]
        while toks[0].i > 0 and head.doc[toks[0].i - 1].dep_ == "compound" and head.doc[toks[0].i - 1].pos_ == "PROPN":
            toks.insert(0, head.doc[toks[0].i - 1])  # "Jeon Seo-yeon": the family name before the given name
    return toks


def _name_tail(head) -> bool:
    """"yeon" of "Jeon Seo-yeon": the lower-case end of a hyphened given name, which the parser
    takes for a common noun though it tags the run a PERSON."""
    return head.pos_ != "PROPN" and head.ent_type_ == "PERSON" and head.i > 1 and head.doc[head.i - 1].text == "-" \
        and not head.doc[head.i - 2].whitespace_ and head.doc[head.i - 2].pos_ == "PROPN"


def _looks_personal(ctx: Context, head, toks) -> bool:
    from index.statements.people import first_name_gender

    if head.ent_type_ == "PERSON":
        return True
    if ctx.cast.known(" ".join(clean_name(_text(toks).split()))) is not None:
        return True
    if len(toks) > 1 and family_first(toks) and personal_frame(head):
        return True  # "its secretary-general, Pintér Áron,", "Vörös-Kádár Ildikó, who ...": NER often calls them a body
    if head.ent_type_ in ORG_LABELS:
        return False
    return len(toks) > 1 and (first_name_gender(toks[0].text) is not None or _named_after_a_job(toks))


def _named_after_a_job(toks) -> bool:
    """"Health MEC Nokuthula Dube", "Department spokesperson Sipho Nkosi": a job word, then two
    capitalised words or more that end the phrase, is a person's name the lexicon need not know."""
    from index.vocabulary import vocabulary

    v = vocabulary()
    before = toks[0].doc[toks[0].i - 1] if toks[0].i else None  # the job just before the name's tokens
    # "Regional Secretary Cde Palesa Mabuza", "the officer, Adv. Naledi Mbatha": a courtesy title between
    # the job and the name, or alone before it, marks a person as the job does
    while before is not None and v.is_title(before.text) and not v.is_role(before.lower_):
        if len(toks) >= 2 and all(x.pos_ == "PROPN" and x.text[:1].isupper() and x.lower_ not in v.organisations
                                  and x.lower_ not in v.organisation_name_words for x in toks if not x.is_punct):
            return True
        before = before.doc[before.i - 1] if before.i else None
    for t, rest in ([(before, toks)] if before is not None else []) + [(t, toks[i + 1:]) for i, t in enumerate(toks[:-2])]:
        rest = [x for x in rest if not x.is_punct]
        # (not "County Executive Committee Member": words of jobs and bodies are no name)
        if v.is_role(t.lower_) and len(rest) >= 2 and all(
                x.pos_ == "PROPN" and x.text[:1].isupper() and not v.is_role(x.lower_)
                and x.lower_ not in v.organisations and x.lower_ not in v.organisation_name_words for x in rest):
            return True
    return False


# a social-media handle: "@name_1"
_HANDLE = re.compile(r"@[A-Za-z0-9_]{2,30}")


def speaker_of(ctx: Context, head, pos: int, sentence: int) -> Speaker | None:
    """The speaker the noun phrase headed by `head` names, or None when it names no speaker."""
    if (issuer := _statement_issuer(ctx, head, pos)) is not None:
        return issuer
    found = _speaker_of(ctx, head, pos, sentence)
    if found is not None and found.person is None and (named := _nicknamed_tail(ctx, found.name, pos, sentence)):
        found = named
    if found is not None and _speaks_in_a_statement(head):
        ctx.last_issuer = (pos, found)
    return found


# 'President of the X Association, Given "Nick" Surname': a role phrase the parser could not split,
# ending in a name with its nickname
_NICKNAMED_TAIL = re.compile(r",\s+([A-Z][\w'’-]+)\s+[\"“]([A-Z][\w'’.-]+)[\"”]\s+([A-Z][\w'’-]+(?:-[A-Z][\w'’-]+)?)$")


def _nicknamed_tail(ctx: Context, name: str, pos: int, sentence: int) -> Speaker | None:
    m = _NICKNAMED_TAIL.search(name)
    if m is None:
        return None
    p = ctx.cast.person([m.group(1), m.group(3)])
    if p is None:
        return None
    ctx.cast.nickname(m.group(2), p)
    add_roles(p, [w for w in name[:m.start()].lower().split()[:1] if vocabulary().is_role(w)])
    ctx.add_mention(pos, p, True, sentence, speaker=True)
    return Speaker(p.name, name, person=p)


# how far (characters) "the statement" may stand from the sentence its issuer put it out in
_ISSUER_REACH = 2500
_CONTINUED_REACH = 400  # "It" goes on only from the sentence just before


def _speaks_in_a_statement(head) -> bool:
    """"X said in a statement", "X said in a letter to ...": the subject of a speech verb with a
    statement or letter for its medium."""
    if head.dep_ != "nsubj":
        return False
    nouns = vocabulary().statement_nouns
    return any(c.dep_ == "prep" and c.lower_ == "in" and any(o.dep_ == "pobj" and o.lower_ in nouns for o in c.children)
               for c in head.head.children)


def _statement_issuer(ctx: Context, head, pos: int) -> Speaker | None:
    """"according to the statement", "the statement said": a statement named as known, with no
    issuer of its own, is the one the last speaker "said in a statement" put out, close before."""
    if getattr(ctx, "last_issuer", None) is None:
        return None
    at, issuer = ctx.last_issuer
    if head.lower_ == "it" and head.dep_ == "nsubj" and head.i == head.sent.start:
        # "X said in a letter that ... It gave the applicants 14 days to appeal": the letter's
        # next sentence goes on with its issuer's words
        return issuer if 0 < pos - at <= _CONTINUED_REACH else None
    if head.lower_ not in vocabulary().statement_nouns:
        return None
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("the", "that", "this") or any(
            c.dep_ in ("prep", "acl", "relcl", "poss", "compound", "amod") for c in head.children):
        return None
    return issuer if 0 < pos - at <= _ISSUER_REACH else None


def _asked_just_before(ctx: Context, head, sentence: int, gender: str | None) -> Person | None:
    """"HOST asks X whether ... He declines ...": the subject "he" or "she" of the sentence after a
    question put to a named person is that person (when the gender does not rule them out)."""
    asked = getattr(ctx, "asked", None)
    if asked is None or asked[0] != sentence - 1 or head.dep_ != "nsubj" or head.lower_ not in ("he", "she"):
        return None
    person = asked[1]
    return person if person.gender in (None, gender) else None


def _speaker_of(ctx: Context, head, pos: int, sentence: int) -> Speaker | None:
    v = vocabulary()
    toks = phrase_tokens(head)
    written = _text(toks)
    low = head.lower_
    if len(toks) == 1 and v.title_gender(low) is not None:
        return None  # "Mr" of "Mr and Mrs Pendry": a title alone names no one; the pair's surname does
    handle = head if _HANDLE.fullmatch(head.text) else next(
        (a for a in head.children if a.dep_ == "appos" and _HANDLE.fullmatch(a.text)), None)
    if handle is not None:  # "wrote one user, @lakeside_ann": an account speaks under its handle
        return Speaker(handle.text, written)
    if len(toks) == 1 and head.text in ctx.short_forms:  # "GTC said" after "Garion Tile Company (GTC)"
        name = ctx.short_forms[head.text]
        ctx.add_body(name)
        ctx.last_body = (sentence, name)
        return Speaker(name, written)
    if (group_name := source_groups.back_reference(ctx, head, toks, sentence)) is not None:
        return Speaker(group_name, written, generic=True)  # "the people said" after "three people familiar with ..."
    if (group := group_remnants.group_before(head, _people)) is not None:
        return Speaker(group, written, generic=True)  # "Residents dispute that. Several told ..."
    if head.pos_ == "NUM" or low in ("one", "some", "several", "many", "most", "another"):
        # "one of the people said", "two of the officials said": an unnamed source out of a group
        group = next((o for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"), None)
        if group is not None and (group.lower_ in v.generic_sources or v.is_role(group.lower_) or _doers(group, v)):
            return Speaker(_generic(head, written), written, generic=True)
    if low in ("another", "one") and (named := _named_one_more(head)) is not None:
        p = _person_from_tokens(ctx, named)  # "Another, Given Middle Surname of Place, said": one more of them, named
        if p is not None:
            ctx.add_mention(pos, p, True, sentence, speaker=True)
            return Speaker(p.name, f"{written}, {_text(named)}", person=p)
    if low in v.statement_nouns and (head.dep_ in ("nsubj", "nsubjpass") or any(c.dep_ == "relcl" for c in head.children)):
        # "A statement from the ministry said", "a letter signed by X read": the body or person it is from
        source = next((o for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "by")
                       for o in c.children if o.dep_ == "pobj"), None)
        if source is None:
            source = next((o for c in head.children if c.dep_ == "acl" for a in c.children
                           if a.dep_ == "agent" for o in a.children if o.dep_ == "pobj"), None)
        if source is None:  # "her statement said": the one it is hers of
            source = next((c for c in head.children if c.dep_ == "poss" and c.lower_ not in ("its", "their")), None)
        if source is None:  # "A Government news release said", "the Ministry of Health statement": the body named before it
            source = next((c for c in head.children if c.dep_ in ("compound", "nmod") and c.i < head.i
                           and c.pos_ == "PROPN" and c.text[:1].isupper()
                           and c.ent_type_ not in ("DATE", "TIME") and not any(t.like_num for t in c.subtree)),
                          None)  # (a day is no body: not "the November 9, 2020 statement")
        if source is not None:
            return speaker_of(ctx, source, pos + source.idx - head.idx, sentence)
        if (own := _new_document(head)) is not None:
            return Speaker(own, written)  # "..., an official handout said": no issuer named, the handout speaks
    if low == "you" and ctx.addressee is not None:  # sentencing remarks: "In it you say that ..."
        return ctx.addressee
    if low == "my" and head.dep_ == "poss" and ctx.author:  # a column's "My own view is that ...": the writer's
        return Speaker(ctx.author, written)
    pron = v.pronoun(low)
    if pron is not None:
        # "According to him": the object of an attribution phrase is its source
        if low in ("he", "she") or (low in ("him", "her") and head.dep_ in ("pobj", "poss")) or low == "his" and head.dep_ == "poss":
            if (unnamed := _unnamed_just_before(ctx, pos, sentence)) is not None and not _rival(ctx, pron["gender"]):
                return Speaker(unnamed, written, generic=True)
            p = _asked_just_before(ctx, head, sentence, pron["gender"]) or ctx.cast.antecedent(pos, sentence, gender=pron["gender"])
            role = _role_subject_before(head)
            if p is not None and role is not None and any(m.person is p and sentence - 1 <= m.sentence and m.pos < pos
                                                          for m in ctx.cast.mentions):
                role = None  # the person named in the sentence before, beside the job's holder, may be meant
            if p is not None and role is not None and (role.split()[-1] in p.roles or ctx.role_people.get(role.split()[-1]) is p):
                role = None  # "the minister" was the person named before
            if role is not None:
                ctx.unnamed = (sentence, pos, role)  # (and the "he" after this one)
                return Speaker(role, written, generic=True)  # "Our investigator thought ... He said ..."
            if p is None:
                return Speaker(written, written)
            ctx.cast.learn_gender(p, pron["gender"])
            ctx.add_mention(pos, p, True, sentence, speaker=True)
            return Speaker(p.name, written, person=p)
        if low == "i" and ctx.author:  # a column's "I wrote last year that ...": the writer's own claim
            return Speaker(ctx.author, written)
        if low == "it" and (sender := statement_sender(head)) is not None:
            # "X sent me a statement. "...," it read": the statement's words are its sender's
            return speaker_of(ctx, sender, pos + sender.idx - head.idx, sentence - 1)
        if low == "it" and (document := _document_before(head)) is not None:
            return Speaker(document, written)  # "The report is based on a survey. It says ..."
        if low == "it" and (body := _body_subject_before(ctx, head)) is not None:
            ctx.last_body = (sentence, body)  # "Fairhallow didn't agree. It said ...": the body just the subject
            return Speaker(body, written)
        if low == "it" and ctx.last_body and sentence - ctx.last_body[0] <= 3:
            return Speaker(ctx.last_body[1], written)
        return None
    if (gender := nationality_gender(toks, head)) is not False:  # "said the Dutchman"
        p = described(ctx, pos, sentence, gender)
        if p is not None:
            ctx.add_mention(pos, p, True, sentence, speaker=True)
            return Speaker(p.name, written, person=p)
    if low in _PARTY_MEMBERS and len(toks) == 2 and toks[0].lower_ == "the":
        p = ctx.cast.antecedent(pos, sentence)  # "The Republican said": the member just named
        if p is not None:
            ctx.add_mention(pos, p, True, sentence, speaker=True)
            return Speaker(p.name, written, person=p)
    if head.pos_ in ("NOUN", "PROPN") and (delegate := _delegate(ctx, head, pos, sentence, written)) is not None:
        return delegate
    appos = [c for c in head.children if c.dep_ == "appos"]
    if head.pos_ == "NOUN" and (v.is_role(low) or v.is_role(low[:-1])) and (lead := name_before_comma(toks)):
        p = _person_from_tokens(ctx, lead)  # "X Y, vice president at Z, joined": the parser makes the name a modifier
        if p is not None:
            add_roles(p, [low])
            ctx.add_mention(pos, p, True, sentence, speaker=True)
            return Speaker(p.name, written, person=p)
    known = (head.text[:1].isupper() or _name_tail(head)) and ctx.cast.known(" ".join(clean_name(_text(_name_tokens(head)).split()))) is not None
    if len(toks) == 1 and head.pos_ == "PROPN" and not known:
        from index.world import country_of_capital

        country = country_of_capital(head.text)  # "Lisbon said": the capital speaks for its state
        if country:  # (the small model tags capitals as ORG or PERSON as often as GPE)
            ctx.last_body = (sentence, country)
            return Speaker(country, written)
    # "Metro Rail Corporation managing director X Y said", parsed as the body with its job and the
    # person in apposition: the person speaks, not the body
    named_job = head.ent_type_ in ORG_LABELS and any(
        c.dep_ == "appos" and c.ent_type_ == "PERSON" for a in appos if a.pos_ == "NOUN" and v.is_role(a.lower_) for c in a.children)
    if (known or (head.pos_ == "PROPN" and head.ent_type_ not in ("DATE", "TIME", "CARDINAL"))) and not named_job:
        names = _name_tokens(head)
        if known or _looks_personal(ctx, head, names):
            p = _person_from_tokens(ctx, names, pos, appos)
            if p is not None:
                add_roles(p, [t.lower_ for t in toks if t.i < names[0].i])
                p.nations.update(t.lower_ for t in toks if t.i < names[0].i and t.ent_type_ in ("NORP", "GPE"))
                for a in appos:
                    add_roles(p, [t.lower_ for t in a.subtree if t.i <= a.i])
                ctx.add_mention(pos, p, True, sentence, speaker=True)
                return Speaker(p.name, written, person=p)
    # "an MCM spokeswoman, Thandeka Wexago", "Its head, Anete Kļaviņa"; a name one apposition
    # further ("Outside court, the chain's owner, Lydia Crane, said": the parser's subject is "court")
    further = [c for a in appos if a.pos_ == "NOUN" for c in a.children if c.dep_ == "appos"]
    for a in appos + further:
        # ("Its director, Kang Ha-neul, told": the parser takes a hyphened given name's end for a noun)
        if (a.pos_ == "PROPN" or _name_tail(a)) and (a.ent_type_ == "PERSON" or _looks_personal(ctx, a, _name_tokens(a))):
            p = _person_from_tokens(ctx, _name_tokens(a), pos)
            if p is not None:
                add_roles(p, [low] if a.head.i == head.i else [t.lower_ for t in a.head.subtree if t.i <= a.head.i])
                for job in appos:  # "His Excellency X, Minister of Transport, said": a minister too
                    if job is not a and job.i > a.i and v.is_role(job.lower_):
                        add_roles(p, [job.lower_])
                ctx.add_mention(pos, p, True, sentence, speaker=True)
                return Speaker(p.name, f"{written}, {_text(_name_tokens(a))}", person=p)
    # (last of the ways a role's holder is found: the parser's own apposition, read above, says more of the job)
    if head.pos_ in ("NOUN", "PROPN") and v.is_role(low) and (held := _comma_set_holder(head)) is not None:
        p = _person_from_tokens(ctx, held)  # "The President of the X Trust, Dr Given Surname, a vet, welcomed"
        if p is not None:
            add_roles(p, [low])
            ctx.add_mention(pos, p, True, sentence, speaker=True)
            return Speaker(p.name, f"{written}, {_text(held)}", person=p)
    body = next((a for a in appos if a.pos_ == "PROPN" and a.ent_type_ in ORG_LABELS and head.pos_ == "NOUN"), None)
    if body is not None:  # "The pipeline company, Northern Plains Gas, said": the body it names
        name = _text([t for t in body.subtree if t.ent_type_ in ORG_LABELS])
        if name:
            ctx.add_body(name)
            ctx.last_body = (sentence, name)
            return Speaker(name, f"{written}, {name}")
    for run in [] if appos or head.pos_ not in ("NOUN", "PROPN") else _role_chain_appos(head):
        p = _person_from_tokens(ctx, run)  # "the Special Adviser to the Governor on Media, Mrs X Y"
        if p is not None:
            add_roles(p, [low])
            ctx.add_mention(pos, p, True, sentence, speaker=True)
            return Speaker(p.name, f"{written}, {_text(run)}", person=p)
    ents = [t for t in toks if t.ent_type_ in ORG_LABELS]
    det = next((c.lower_ for c in head.children if c.dep_ in ("det", "poss")), None)
    if det is None and any(c.dep_ == "nummod" and c.lower_ == "one" for c in head.children):
        det = "one"  # "One senior editor, who asked not to be named, told me": one unnamed person, as "an editor"
    if det in ("his", "her") and low in v.organisations:  # "his office said": the office of the man just named
        gender = v.pronoun(det)["gender"]
        p = _reported_person(ctx, head, pos, sentence, gender) or ctx.cast.antecedent(pos, sentence, gender=gender)
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
    if det in ("the", "this", "that", "its", "their") and low in v.documents and not ents and len(toks) <= 4:
        return Speaker(written, written)  # "according to the paper", "the authors write"
    if low in v.documents and (own := _new_document(head)) is not None:
        return Speaker(own, written)  # "A study published in <journal> reports that ..."
    if low in v.state_voices or head.ent_type_ == "GPE":  # "the Peruvian government", "Peru"
        country = _country(toks)
        if country:
            ctx.last_body = (sentence, country)
            return Speaker(country, written)
    if det == "the" and (low in v.epithets or _epithet_compound(written)):
        # "said the mother of three", "the father-of-two added": the person of that gender named before
        gender = v.role_gender(_epithet_compound(written) or low)
        p = ctx.cast.antecedent(pos, sentence, gender=gender)
        if p is not None and (gender is None or p.gender in (None, gender)):
            ctx.add_mention(pos, p, True, sentence, speaker=True)
            return Speaker(p.name, written, person=p)
    if (company := company_refs.described_company(head)) is not None:  # "X fell after the food group warned"
        name = ctx.bodies.get(company.lower(), company)
        ctx.add_body(name)
        ctx.last_body = (sentence, name)
        return Speaker(name, written)
    placed = all(t.dep_ == "amod" or t.head.dep_ == "amod" for t in ents)  # ("Adelaide-based": a place, no name)
    if det == "the" and low in v.companies and len(toks) == 2 and not ents and (headed := _named_head(ctx, low, pos)) \
            and not _business_spoke_last(ctx, headed, sentence):
        ctx.last_body = (sentence, headed)  # "the company" after "Garion Tile Company", not a union named since
        return Speaker(headed, written)
    if det == "the" and low in v.companies and placed and ctx.last_body and sentence - ctx.last_body[0] <= 12 \
            and ctx.last_body[1][:1].isupper() and not ctx.last_body[1].lower().startswith("the ") \
            and not _other_kind(ctx, ctx.last_body[1]) and not _other_body_word(ctx.last_body[1], v):
        return Speaker(ctx.last_body[1], written)  # "the Adelaide-based milk processor said" after "X Dairy Co. reported"
    if det in ("his", "her") and (p := kin.named_relative(ctx, head, det)) is not None:
        ctx.add_mention(pos, p, True, sentence, speaker=True)  # "X's grandson ... his grandmother said"
        return Speaker(p.name, written, person=p)
    age = age_of(written) if "year-old" in written else None
    single = low[:-1] if low.endswith("s") else low
    if low.endswith(("ches", "shes", "sses", "xes")) and not v.is_role(single) and v.is_role(low[:-2]):
        single = low[:-2]  # "coaches", "boss": -es plurals
    # "The CFO", "His Excellency": a capitalised job or honorific is still a role phrase
    if det is None and head.pos_ == "PROPN" and toks[0].dep_ == "det" and v.is_role(low):
        det = toks[0].lower_  # "the ward rep": the parser hangs the article on the compound
    # ("the Galway West TD", "the Perth-based senator": a job placed by capitalised words before it)
    # (not a nationality's: "the Peruvian Foreign Minister" is read by nation further on)
    placed_title = len(toks) <= 8 and all(t.text[:1].isupper() or t.text in ("-", "–") for t in toks[1:]) \
        and not any(t.ent_type_ == "NORP" for t in toks)
    titled = head.pos_ == "PROPN" and det in ("the", "his", "her") and (len(toks) <= 3 or placed_title) and v.is_role(low)
    counted = det in ("some", "several", "many", "few", "most", "other", "two", "three") or any(
        c.dep_ == "amod" and c.lower_ in ("some", "several", "many", "few", "other") for c in head.children)
    tied = det in ("my", "our", "his", "her", "their") and low in v.tie_roles  # "my predecessor used to say"
    # "Traders said ...", "Local fishermen said ...": a bare plural of people at a trade, unnamed
    # (in the past tense, a report of what they told it: "Traders say ..." in a presenter's turn is the presenter's summary)
    # "Commuters say the timetable has made ...": a news story's present tense reports them too
    # (not in a speaker's labelled turn, "ROISIN: Traders say ...")
    bare = det is None and head.tag_ == "NNS" and head.dep_ == "nsubj" \
        and (head.head.tag_ == "VBD" or head.head.tag_ == "VBP" and head.head.lower_ == "say"
             and not _in_turn(ctx, pos)) \
        and (_people(low) or len(low) > 6 and low.endswith("men") or _spoke_to_us(head))
    if (head.pos_ == "NOUN" or titled or age is not None) and (v.is_role(low) or v.is_role(single) or low in v.generic_sources or age is not None or tied
                                                             or ((counted or bare) and head.tag_ == "NNS" and (_people(low) or bare))) \
            and low not in v.organisations:
        force = next((o for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "at", "of", "with")
                      for o in c.children if o.dep_ == "pobj" and o.ent_type_ in ORG_LABELS), None)
        if det is None and head.tag_ == "NNS" and low in v.body_members and force is not None:
            name = _text([t for t in force.subtree if t.ent_type_ in ORG_LABELS])  # "Officers from X Police are appealing"
            ctx.add_body(name)
            ctx.last_body = (sentence, name)
            return Speaker(name, written)
        if det in ("a", "an", "one", "another", "several", "some", "two", "three") or (det is None and head.tag_ == "NNS") \
                or _unnamed_by_request(head):  # "the official, who asked not to be named": no one named before
            if any(t.lower_ in ("for", "of") for t in toks) and ents and v.is_role(single):
                name = re.sub(r"^(?:a|an)\s+", "", written)  # "a spokeswoman for the ministry"
                ctx.role_speakers[single] = name
                if head.tag_ == "NN" and det in ("a", "an", "one", "another"):  # (and the "he said" after: the same one)
                    ctx.unnamed = (sentence, pos, name)
                    ctx.unnamed_until = pos + head.right_edge.idx + len(head.right_edge) - head.idx
                return Speaker(name, written)
            if head.tag_ == "NN" and det in ("a", "an", "one", "another"):
                ctx.unnamed = (sentence, pos, _generic(head, written))  # "A spokesman said ... He added": the same source
                ctx.unnamed_until = pos + head.right_edge.idx + len(head.right_edge) - head.idx
            source_groups.note(ctx, head, _generic(head, written), sentence)
            return Speaker(_generic(head, written), written, generic=True)
        nations = nation_words(toks)
        # "the company's spokesman" is the company's: only a plain title reaches further back
        p = ctx.cast.antecedent(pos, sentence, role=None if age else single, age=age, nations=nations,
                                far=det in ("the", "his", "her") and len(toks) <= 3)
        if p is not None:
            if not age and v.is_role(single) and det == "the":
                add_roles(p, [single])
                ctx.role_people.setdefault(single, p)
            ctx.add_mention(pos, p, True, sentence, speaker=True)
            return Speaker(p.name, written, person=p)
        # "The minister said" paragraphs after the article last called him that: the one person it
        # has called so, while no one else named holds the job
        held = ctx.role_people.get(single) if det == "the" and len(toks) <= 3 and not age else None
        if held is not None and all(q is held or single not in q.roles for q in ctx.cast.people):
            ctx.add_mention(pos, held, True, sentence, speaker=True)
            return Speaker(held.name, written, person=held)
        if det == "the" and single in ctx.role_speakers:
            return Speaker(ctx.role_speakers[single], written)
        if det in ("our", "my") and head.tag_ == "NN":  # "Our investigator thought": the writer's unnamed colleague
            name = "the " + _text([t for t in toks if t.i > toks[0].i and t.lower_ != "own"])
            ctx.unnamed = (sentence, pos, name)
            return Speaker(name, written, generic=True)
        if det == "the" and head.tag_ in ("NN", "NNP"):  # "The Spokesperson said ... he added": the same one
            ctx.unnamed = (sentence, pos, written)
            ctx.unnamed_rivals = (pos, frozenset(m.person.gender for m in ctx.cast.mentions
                                                 if m.pos < pos and sentence - m.sentence <= 3))
        return Speaker(written, written)
    if len(toks) == 1 and head.pos_ == "NOUN" and head.text[:1].isupper() \
            and low in ctx.bodies and ctx.bodies[low].lower().split()[0] == low:
        name = ctx.bodies[low]  # "Quarrybrook said it had received ...", the parse taking the short name for a noun
        ctx.last_body = (sentence, name)
        return Speaker(name, written)
    if det in ("a", "an", "one", "another") and head.tag_ == "NN" and head.dep_ in ("nsubj", "nsubjpass") and not ents \
            and (low in v.people_nouns or _people(low + "s")):
        # "A forecaster at the weather bureau said", "One parent, a 41-year-old civil servant who ..., said":
        # an unnamed person, described as written (and the "she said" after it)
        ctx.unnamed = (sentence, pos, _generic(head, written))
        return Speaker(_generic(head, written), written, generic=True)
    if det in ("the", "a", "an", "another") and head.tag_ == "NN" and (low in v.people_nouns or _people(low + "s")) and _unnamed_by_request(head):
        return Speaker(_generic(head, written), written, generic=True)  # "The motorist who ..., who asked not to be named, told"
    if ents and head.pos_ == "NOUN" and head.tag_ == "NNS" and (single in v.people_nouns or single in v.epithets or _people(low)):
        return Speaker(written, written, generic=True)  # "Parents in a Cumbrian village say": the parents, not the village
    if det is None and not ents and head.tag_ == "NNS" and _people(low) and len(toks) <= 3 and _trailing_cue(head):
        return Speaker(written, written, generic=True)  # "Prices rose this week, vendors said."
    if (home := _home_town(head)) is not None:  # "Sam from Leeds writes": the listener, not the town
        return Speaker(f"{head.text} ({home})", written)
    if det == "our" and not ents and head.pos_ == "NOUN" and (low in v.organisations or low in v.companies):
        return None  # a page's own "Our partner bank has confirmed ...": the page's news, not the partner's words
    # "the centre", "the marina": the body last named with that noun at its end ("Tollund Head Outdoor Centre")
    headed = _named_head(ctx, low, pos) if det == "the" and len(toks) == 2 and head.pos_ == "NOUN" and not ents \
        and low not in v.organisations and not v.is_role(low) else None
    if headed is not None:
        ctx.add_body(headed)
        ctx.last_body = (sentence, headed)
        return Speaker(headed, written)
    if ents or low in v.organisations or head.pos_ == "PROPN":
        if ents and det != "the" and not any(t.lower_ in v.organisations and t.i > ents[-1].i for t in toks) \
                and not _placed_only(head, ents):
            name = _text([t for t in toks if t.i >= ents[0].i])
        else:
            name = written
        if det == "the" and head.ent_type_ not in ORG_LABELS and low in v.organisations:
            if len(toks) == 2 and low in ctx.bodies and _names_kind(ctx.bodies[low], low, v):
                name = ctx.bodies[low]  # "the alliance" after "the Green-Social alliance"
            elif len(toks) == 2 and (kind := _kind_named(ctx, low, pos)):
                name = kind  # "the charity" after "the housing charity Hearthwarm"
            elif len(toks) == 2 and (headed := _named_head(ctx, low, pos)) \
                    and not (low in v.companies and _business_spoke_last(ctx, headed, sentence)):
                name = headed  # "the company" after "Garion Tile Company": the name ending in the noun,
                # before any other body the story named since (a union quoted in the deck)
            elif len(toks) > 2 and (full := _named_in_full(ctx, toks)):
                name = full  # "the chamber of trade" after "the Llanfoel Chamber of Trade": the body written small
            elif ctx.last_body and sentence - ctx.last_body[0] <= 12 and (
                    _names_kind(ctx.last_body[1], low, v) or (low in v.companies and ctx.last_body[1][:1].isupper()
                                                               and not ctx.last_body[1].lower().startswith("the ")
                                                               and not _other_kind(ctx, ctx.last_body[1])
                                                               and not _other_body_word(ctx.last_body[1], v))):
                name = ctx.last_body[1]  # "the San Jose-based company" after "Quillset Inc said"
        elif det is None and len(toks) == 1 and head.pos_ == "PROPN" and low in ctx.bodies:
            name = ctx.bodies[low]  # "Quillset" after "Quillset Inc"
        elif det == "the" and len(toks) == 2 and low in v.hearing_bodies and low in ctx.bodies \
                and len(ctx.bodies[low].lower().removeprefix("the ").split()) > 1:
            name = ctx.bodies[low]  # "the Court ordered" after "The Pelham High Court directed": the court named
        ctx.add_body(name)
        ctx.last_body = (sentence, name)
        return Speaker(name, written)
    return None


def _delegate(ctx: Context, head, pos: int, sentence: int, written: str) -> Speaker | None:
    """"the representative of X, NAME, TITLE": NAME, whichever way the parser hung it; "the
    Minister for Energy of X" with no name: the one person the article gave that office for X."""
    found = delegate_of(ctx, head)
    if found is None:
        return None
    names, place, role = found
    if names:
        p = _person_from_tokens(ctx, names)
        if p is None:
            return None
        cue = next((t.i for t in head.doc[names[-1].i:head.sent.end] if t.pos_ == "VERB"), head.sent.end)
        # the title whole ("minister for energy"): its head word alone would make the delegate
        # any later "the Secretary" of the meeting's own staff (a minister is a secretary by group)
        title = head.doc[names[-1].i + 1:cue].text.strip(" ,").lower().replace("-", " ")
        add_roles(p, [role])
        if title:
            p.roles.add(" ".join(title.split()))
        p.nations.add(" ".join(t.lower_ for t in place))
        written = _text(head.doc[head.i - 1:names[-1].i + 1])
    else:
        p = recalled_delegate(ctx, role, place, pos)
        if p is None:
            return None
    ctx.add_mention(pos, p, True, sentence, speaker=True)
    return Speaker(p.name, written, person=p)


# Prepositions that place an unnamed body ("a creamery in the Dales", "a firm near Leeds")
_PLACING = frozenset({"in", "near", "outside", "around", "across"})


def _role_subject_before(head) -> str | None:
    """"the investigator" of "Our investigator thought the firm should pay. He said ...": the unnamed
    holder of a job the sentence just before, in the same paragraph, has for its subject."""
    sent = head.sent
    if sent.start == 0:
        return None
    prev = head.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or not vocabulary().is_role(subj.lower_):
        return None
    if any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in subj.children):
        return None  # "The chief executive, Caspian Oduwole, will ...": the job's holder is named there
    if sum(head.doc.text.count(q, 0, subj.idx) for q in '"“”') % 2:
        return None  # '"The CEO says the war is over ...," he told': a quotation's subject is no antecedent
    det = next((c for c in subj.children if c.dep_ in ("det", "poss")), None)
    if det is None or det.lower_ not in ("the", "our", "my", "a", "an", "this"):
        return None
    words = [t.lower_ for t in subj.subtree if t.i <= subj.i and t.i > det.i and t.lower_ != "own"]
    return " ".join(["the", *words])


def _body_subject_before(ctx: Context, head) -> str | None:
    """The body a known name makes the subject of the sentence just before, in the same paragraph
    ("X refused to refund the rest. It said ...", "X didn't agree. It said ..."), for an "it" that
    speaks; None when that subject is a person, a pronoun or no body the article names."""
    sent = head.sent
    if sent.start == 0:
        return None
    prev = head.doc[sent.start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ not in ("PROPN", "NOUN") or not subj.text[:1].isupper():
        return None
    words = [t for t in subj.lefts if t.dep_ == "compound" and t.text[:1].isupper()] + [subj]
    if ctx.cast.known(" ".join(t.text for t in words)) is not None:
        return None  # (a word of a body's name NER took for a person's is still the body's: "Corrowick")
    if words[0].lower_ in vocabulary().organisations:
        return None
    return full_body(ctx, words[0].text) or (" ".join(t.text for t in words) if subj.ent_type_ in ORG_LABELS else None)


def full_body(ctx: Context, word: str) -> str | None:
    """The longest name of a body the article names with `word` ("Fairhallow Building Society" for
    "Fairhallow"), or None when it names none so."""
    low = word.lower()
    if low not in ctx.bodies:
        return None
    named = [b for b in set(ctx.bodies.values()) if low in b.lower().split()]
    return max(named, key=lambda b: (len(b.split()), b)) if named else ctx.bodies[low]


def _placed_only(head, ents) -> bool:
    """"A creamery in the Dales announced": every name in the phrase is where an unnamed body is,
    after its common noun; the body speaks, not the place."""
    if head.pos_ != "NOUN":
        return False
    places = {t.i for p in head.children if p.dep_ == "prep" and p.lower_ in _PLACING for t in p.subtree}
    return all(t.i in places for t in ents)


def _epithet_compound(written: str) -> str | None:
    """The family word of a hyphened epithet ("the father-of-two" -> "father"), or None."""
    m = re.fullmatch(r"(?i)the\s+(\w+)-of-\w+", written.strip())
    return m.group(1).lower() if m and m.group(1).lower() in vocabulary().epithets else None


def _home_town(head) -> str | None:
    """The town of a listener or caller named by first name alone ("Sam from Leeds", "Priya in
    Hull"), as a phone-in or a podcast reads them out; None for anyone else."""
    from index.statements.people import first_name_gender

    if head.pos_ != "PROPN" or head.ent_type_ in ORG_LABELS or len(_name_tokens(head)) != 1 or not first_name_gender(head.text):
        return None
    place = next((o for c in head.children if c.dep_ == "prep" and c.lower_ in ("from", "in")
                  for o in c.children if o.dep_ == "pobj" and o.pos_ == "PROPN"), None)
    return _text(_name_tokens(place)) if place is not None else None


# "The Republican said": a party's member, the person the article just named
_PARTY_MEMBERS = {"republican", "democrat", "conservative", "tory", "liberal", "socialist", "libertarian", "nationalist",
                  "unionist", "centrist", "populist", "progressive"}


def _unnamed_just_before(ctx: Context, pos: int, sentence: int) -> str | None:
    """The unnamed source the sentence before introduced ("One trader, who asked not to be named,
    is blunter. He says ..."), when no person was named since."""
    # (four sentences: the "he said" closing a three-sentence quote in the next paragraph)
    if ctx.unnamed is None or not 0 <= sentence - ctx.unnamed[0] <= 4 or pos < ctx.unnamed[1]:
        return None
    if sentence - ctx.unnamed[0] > 2 and not _closes_quote_after(ctx, pos):
        return None  # (sentences of narrative since: the "he" may be someone the story turned to)
    # (a place read as a name inside the source's own description -- "A pilot who has flown from
    # Tarnby for nine years, and who ..." -- is no one else who spoke since)
    since = bisect.bisect_right([m.pos for m in ctx.cast.mentions], ctx.unnamed[1])
    # (only inside that description: someone named in what the source said -- "said the party had
    # dropped Senator X" -- may be the "she" who answers)
    return ctx.unnamed[2] if all(m.pos >= pos or m.sentence == ctx.unnamed[0] and not m.subject
                                 and m.pos < ctx.unnamed_until
                                 for m in ctx.cast.mentions[since:]) else None


def _rival(ctx: Context, gender: str | None) -> bool:
    """Someone of the pronoun's gender (or of none known) was named just before the unnamed role it
    follows: "Sheikh Ali ... The minister said ... He affirmed" is the sheikh, whom the role may be too."""
    r = ctx.unnamed_rivals
    return r is not None and ctx.unnamed is not None and r[0] == ctx.unnamed[1] and any(g in (None, gender) for g in r[1])


def _unnamed_by_request(head) -> bool:
    """A person the phrase describes with a request for anonymity ("who asked not to be named")."""
    said = " ".join(t.lower_ for c in head.children if c.dep_ in ("relcl", "acl") for t in c.subtree)
    return any(m in said for m in vocabulary().anonymity_markers)


def _trailing_cue(head) -> bool:
    """Is `head` the subject of a cue that closes what it reports ("..., vendors said.")? A bare
    plural that opens a sentence ("Retailers say ...", "Employers have not said") is too often
    a group spoken of, not a source."""
    verb, before = head.head, head.doc[head.left_edge.i - 1] if head.left_edge.i else None
    return head.dep_ == "nsubj" and verb.i > head.i and before is not None and before.text == "," \
        and not any(c.dep_ == "neg" for c in verb.children) \
        and any(c.dep_ == "ccomp" and c.i < head.i for c in verb.children)


def _people(plural: str) -> bool:
    """"dealers", "growers", "economists": a plural noun of people by its agent ending, when it is
    no document nor statement ("papers", "reports")."""
    v = vocabulary()
    return len(plural) > 5 and plural.endswith(("ers", "ors", "ists", "ians", "ants", "ents")) \
        and plural not in v.documents and plural[:-1] not in v.documents and plural not in v.statement_nouns \
        and plural[:-1] not in v.statement_nouns and plural not in v.organisations and plural[:-1] not in v.organisations


def _kind_named(ctx: Context, low: str, pos: int) -> str | None:
    """The body last named with this kind before `pos` ("the company" after "the carmaker X": any
    business word for a business), or None."""
    v = vocabulary()
    for at, kind, name in reversed(ctx.kinds):
        if at < pos and (_kind_word(kind) == _kind_word(low) or (low in v.companies and kind in v.companies)):
            return name
    return None


def _kind_word(word: str) -> str:
    """A body's kind however it is spelt: "co-op", "coop", "co-operative" and "cooperative" are one."""
    word = word.replace("-", "")
    return "cooperative" if word == "coop" else word


def _spoke_to_us(head) -> bool:
    """"Fans who spoke to this reporter ...": people the report talked to, whatever the noun."""
    return any(c.dep_ == "relcl" and c.lower_ in ("spoke", "talked") and any(
        p.dep_ == "prep" and p.lower_ in ("to", "with") for p in c.children) for c in head.children)


def _in_turn(ctx: Context, pos: int) -> bool:
    """`pos` is in a paragraph that opened on a speaker's label ("ROISIN: Traders say ..."), which
    the parse reads blanked (`nlp._without_label`), or in an indented one (a thread's reply)."""
    k = bisect.bisect_right(ctx.cast.paragraph_starts, pos) - 1
    return 0 <= k < len(ctx.paragraph_texts) and ctx.paragraph_texts[k][:1].isspace()


def _named_in_full(ctx: Context, toks) -> str | None:
    """The body named before whose name ends in the phrase's words after its article ("chamber of
    trade" in "Llanfoel Chamber of Trade"), or None."""
    tail = " ".join(t.lower_ for t in toks[1:])
    return next((b for b in reversed(list(ctx.bodies.values())) if b.lower().endswith(" " + tail)), None)


def _named_head(ctx: Context, low: str, pos: int) -> str | None:
    """The body last named before `pos` whose name ends in the noun `low` ("the centre" after
    "Tollund Head Outdoor Centre"), or None."""
    named = ctx.named_heads.get(low, [])
    k = bisect.bisect_left(named, (pos, ""))
    return named[k - 1][1] if k else None


_OPENING_QUOTES = ("\"", "\u201c", "\u2018", "'")


def _closes_quote_after(ctx: Context, pos: int) -> bool:
    """Whether `pos` is in a paragraph that opens with a quotation, right after the unnamed source's
    own paragraph (or in it): the "he said" closing the source's long quote, not a later "he"."""
    starts = ctx.cast.paragraph_starts
    k = bisect.bisect_right(starts, pos) - 1
    if k < 0 or k >= len(ctx.paragraph_texts) or not ctx.paragraph_texts[k].lstrip().startswith(_OPENING_QUOTES):
        return False
    return ctx.unnamed[1] >= (starts[k - 1] if k > 0 else 0)


def _business_spoke_last(ctx: Context, headed: str, sentence: int) -> bool:
    """Whether another business spoke lately, so that "the company" is more likely it than a
    "... Company" the story only mentioned ("Quennell Larder said ... bought from Abberley Haulage
    Company. The company said": Quennell Larder). A union, council or charity that spoke last (the deck's
    "Union says") leaves "the company" to the body whose name ends in the noun."""
    if not ctx.last_body or ctx.last_body[1] == headed or sentence - ctx.last_body[0] > 12:
        return False
    name = ctx.last_body[1]
    v = vocabulary()
    # (a union "of" a place names its kind before the end: "Allied Workers' Union of Tarnia")
    return name[:1].isupper() and not name.lower().startswith("the ") and not _other_kind(ctx, name) \
        and not any(w in v.organisations and w not in v.companies for w in name.lower().replace(",", " ").split())


def _names_kind(name: str, low: str, v) -> bool:
    """Whether "the <low>" may stand for the body `name`: its name holds the word, and not only as a
    modifier of another kind of body's word ("the airline" is no "Airline Pilots Association")."""
    words = name.lower().split()
    return low in words and (words[-1] == low or words[-1] not in v.organisations)


def _other_body_word(name: str, v) -> bool:
    """A name headed by a word for a body that is no business ("... Pilots Association", "... Union"):
    "the airline" or "the manufacturer" said after it is another body."""
    last = name.lower().split()[-1] if name.split() else ""
    return last in v.organisations and last not in v.companies


def _other_kind(ctx: Context, name: str) -> bool:
    """Was `name` introduced as a body that is no business ("the charity Warmway")?"""
    v = vocabulary()
    return any(n == name and kind not in v.companies for _, kind, n in ctx.kinds)


def _new_document(head) -> str | None:
    """"An official handout said", "A study published in X reports that": a document brought in with
    "a"/"an" as a speech verb's subject, its issuer not named; the document as written up to its noun
    ("An official handout", "A study"), or None."""
    if head.dep_ != "nsubj" or head.head.pos_ not in ("VERB", "AUX"):
        return None
    det = next((c for c in head.children if c.dep_ == "det"), None)
    if det is None or det.lower_ not in ("a", "an") or det.i > head.i:
        return None
    words = [t for t in head.subtree if det.i <= t.i <= head.i]
    if any(t.pos_ == "PROPN" or t.ent_type_ for t in words):
        return None  # "a Kessling University review": the body it is from names it
    return " ".join(t.text for t in words)


def statement_sender(head):
    """The subject of the sentence before when that sentence sends or issues a statement ("A
    spokeswoman, X, sent me a statement"), for the "it" of '"...," it read'; else None."""
    start = head.sent.start
    if start == 0:
        return None
    prev = head.doc[start - 1].sent
    nouns = vocabulary().statement_nouns
    for verb in (t for t in prev if t.pos_ == "VERB"):
        if any(c.dep_ == "dobj" and c.lower_ in nouns for c in verb.children):
            subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
            if subj is not None and subj.lower_ not in ("it", "i", "we", "you"):
                return subj
    return None


def _document_before(head) -> str | None:
    """The document ("the report", "the study") the sentence before has for subject, as written."""
    start = head.sent.start
    if start == 0:
        return None
    prev = head.doc[start - 1].sent
    subj = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.lower_ not in vocabulary().documents:
        return None
    return _text(phrase_tokens(subj))


def _comma_person(obj) -> list | None:
    """The PERSON entity a role phrase's object ends with, set off by a comma and holding a quoted
    nickname ('of the X Association, Given "Nick" Surname'): the parser takes the name, nickname and
    all, for the object of "of", the body's words for modifiers of it."""
    doc = obj.doc
    if obj.pos_ not in ("PROPN", "NOUN") or obj.ent_type_ != "PERSON":
        return None
    ent = next((e for e in doc.ents if e.start <= obj.i < e.end), None)
    if ent is None or ent.end != obj.i + 1 or ent.start < 1 or doc[ent.start - 1].text != "," \
            or not any(t.text in _QUOTE_MARKS for t in ent):
        return None
    return list(ent)


def _doers(group, v) -> bool:
    """"one of the kayakers", "one of the passengers": a plural of people named by what they do (an
    agent noun in "-ers"/"-ists"), not of documents ("one of the papers")."""
    low = group.lower_
    if group.tag_ != "NNS" or low in v.statement_nouns or low in v.record_nouns or low in v.written_media:
        return False
    return low.endswith(("ers", "ists"))


def _named_one_more(head) -> list | None:
    """"Another, Given Middle Surname of Place, said ...": the name of two words or more set beside
    "another" (one more of those just told of) by commas; its tokens, or None. A place or a body NER
    knows is no such name."""
    doc = head.doc
    if head.i + 2 >= len(doc) or doc[head.i + 1].text != ",":
        return None
    run = []
    for t in doc[head.i + 2:head.i + 7]:
        if t.pos_ != "PROPN" or not t.text[:1].isupper() or t.ent_type_ in ("GPE", "LOC", "FAC", "ORG", "NORP"):
            break
        run.append(t)
    end = head.i + 2 + len(run)
    if len(run) < 2 or end >= len(doc) or doc[end].text not in (",", "of", "from"):
        return None
    return run


def _comma_set_holder(head) -> list | None:
    """"The President of the X Trust, Dr Given Surname-Surname, a veterinarian, welcomed ...": NER's
    person set off by commas between a role phrase and its verb holds the role, however the parser hung
    it (a conjunct of the body, the body an apposition of the role). Its tokens, a title before it
    included; None when no such person stands there or a verb comes between."""
    doc = head.doc
    verb = head.head.i if head.head.i > head.i else len(doc)
    v = vocabulary()
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.start <= head.i + 1 or ent.end >= verb or ent.root.dep_ not in ("conj", "appos"):
            continue  # (a name the parser makes the verb's own subject is read as that, as before)
        k = ent.start
        while k > head.i + 1 and v.is_title(doc[k - 1].text):
            k -= 1
        if doc[k - 1].text != "," or doc[ent.end].text != "," \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[head.i + 1:k]):
            continue
        return list(doc[k:ent.end])
    return _titled_comma_set(doc, head, verb)


def _titled_comma_set(doc, head, verb: int) -> list | None:
    """"The Senior Engineer for the district, Mr Given Surname, who ..., admitted": a title and a
    name NER does not know, set off by commas between the role phrase and its verb; the parser
    often makes the name a second subject of the verb, and the role phrase then spoke. The title
    says it is a person. Its tokens, the title included; None when no such name stands there."""
    v = vocabulary()
    for k in range(head.i + 2, verb - 2):
        if doc[k - 1].text != "," or not v.is_title(doc[k].text) or v.title_gender(doc[k].text) is None:
            continue  # (a gendered courtesy title only: "Minister", "Judge" open bodies' names as well)
        end = k + 1
        while end < verb and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper() and end - k <= 3:
            end += 1
        if any(t.ent_type_ == "PERSON" for t in doc[k:end]):
            continue  # NER's person: read above (a name it knows, made the verb's subject, is read as before)
        if end == k + 1 or end >= verb or doc[end].text != "," \
                or any(t.pos_ in ("VERB", "AUX") for t in doc[head.i + 1:k]) \
                or doc[end - 1].dep_ not in ("conj", "appos", "nsubj") or doc[end - 1].head.i not in (head.i, head.head.i):
            continue
        return list(doc[k:end])
    return None


def _role_chain_appos(head) -> list[list]:
    """A name set after a role phrase's last noun ("the Special Adviser to the Governor on Media,
    Mrs Bukola Adeyemi-Lawal"): the parser hangs it on that noun, not on the role. Only a
    name with a title, a known first name or NER's PERSON counts; its tokens are returned."""
    v = vocabulary()
    todo, found = [head], []
    while todo and len(found) < 1:  # head -> prep -> pobj, as far as the phrase goes
        t = todo.pop(0)
        for prep in (c for c in t.children if c.dep_ == "prep"):
            for obj in (c for c in prep.children if c.dep_ == "pobj"):
                found += [c for c in obj.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                if not found and (named := _comma_person(obj)):
                    return [named]  # 'President of the X Guild, Given "Nick" Surname,': parsed as the object
                todo.append(obj)
    out = []
    for a in found:
        k = a.i
        while k > 0 and (a.doc[k - 1].pos_ == "PROPN" or a.doc[k - 1].text == "-" or v.is_title(a.doc[k - 1].text)) \
                and a.doc[k - 1].head.i in (a.i, *(x.i for x in a.subtree)):
            k -= 1
        run = list(a.doc[k:a.i + 1])
        titled = any(v.title_gender(t.text) is not None for t in run)
        names = [t for t in run if not v.is_title(t.text)]
        if titled or a.ent_type_ == "PERSON" or (len(names) > 1 and first_name_gender(names[0].text)):
            out.append(run)
    return out[:1]


def _reported_person(ctx: Context, head, pos: int, sentence: int, gender: str | None) -> Person | None:
    """"the Peruvian leader stressed ..., his office said": "his" is the person the office
    reports on, the subject of the reported clause, when that subject names someone."""
    verb = head.head
    clauses = [c for c in verb.children if c.dep_ in ("ccomp", "parataxis")]
    if verb.dep_ in ("ccomp", "parataxis"):
        clauses.append(verb.head)
    for clause in clauses:
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None or subj.i == head.i:
            continue
        if subj.pos_ == "PROPN":
            p = ctx.cast.known(" ".join(clean_name(_text(_name_tokens(subj)).split())))
        elif subj.pos_ == "NOUN" and vocabulary().is_role(subj.lower_):
            nations = nation_words(list(subj.subtree))
            p = ctx.cast.antecedent(pos, sentence, role=subj.lower_, nations=nations)
        else:
            p = None
        if p is not None:  # named as the clause's subject: the lexicon's guess of gender gives way
            ctx.cast.learn_gender(p, gender)
            return p
    return None


def _country(toks) -> str | None:
    """The one country a phrase's nationality words or country name name (world knowledge)."""
    from index.world import country_for, country_of_capital

    found = {country_for(t.text) for t in toks if t.ent_type_ in ("NORP", "GPE") or t.pos_ == "PROPN"} - {None}
    if not found and len(toks) == 1:
        found = {country_of_capital(toks[0].text)} - {None}  # the capital speaks for its state
    return found.pop() if len(found) == 1 else None


def _generic(head, written: str) -> str:
    """An unnamed source as the article describes it, with its relative clause
    ("a senior official who asked not to be named")."""
    full = _text([t for t in head.subtree if not t.is_punct or t.i not in (head.left_edge.i, head.right_edge.i)])
    full = full.strip(" ,")
    return full if len(full) <= 120 else written
