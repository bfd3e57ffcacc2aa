"""The article's cast, read once from every parsed paragraph: the people it names (NER's
PERSON entities and runs of capitalised words starting with a first name the lexicon knows),
the role words, nationality and age written beside each name, genders from titles, gendered
roles and pronouns, and the bodies (ORG entities) it names. `speakers_np` resolves speakers
against it.
"""

from __future__ import annotations

import bisect
import re

from index.statements.body_acronyms import short_forms
from index.statements.english_words import is_english_word
from index.statements.interviewed import addressed_names
from index.statements.joined_body_names import joined_body_name
from index.statements.people import (SUBJECT_DEPS, Cast, Mention, Person, clean_name, courtesy_initial, first_name_gender, names_a_street,
                                     fold_marks)
from index.statements.role_appositions import appositive_names
from index.statements.role_before_name import roles_before_names
from index.statements.same_surname import titled_namesake
from index.statements.traditional_titles import titled_leaders
from index.textnorm import normalize
from index.vocabulary import vocabulary

_AGE_AFTER = re.compile(r"\s*,\s*(\d{2,3})\s*[,.;]")


class Context:
    """What resolution needs besides the cast: the bodies named so far, by head word."""

    def __init__(self, cast: Cast):
        self.cast = cast
        self.bodies: dict[str, str] = {}
        self.last_body: tuple[int, str] | None = None
        self.role_speakers: dict[str, str] = {}  # "spokesperson" -> "spokesperson for Baltic Orbital Systems"
        self.last_group: tuple[int, tuple] | None = None  # (sentence, speakers) of the last plural subject
        self.named_pairs: list[tuple] = []  # speakers named together, in text order
        self.body_order: list[str] = []  # bodies that spoke, in text order
        self.author: str | None = None  # the byline's writer: "I" outside quotation marks in a column
        self.addressee = None  # the Speaker a judge's remarks call "you" (`letters.remarks_parties`)
        self.kinds: list[tuple[int, str, str]] = []  # (offset, kind noun, name): "the housing charity Hearthwarm"
        # (sentence, offset, description) of the last one-person unnamed source: "One trader in X, who
        # asked not to be named, is blunter. He says ...": the "he" just after is that source
        self.unnamed: tuple[int, int, str] | None = None
        self.unnamed_until = 0  # where that source's own phrase ends, its description with it ("who has flown from X")
        # (offset of an unnamed role's phrase, genders of the people named in the sentences just before
        # it): "Ana Ruiz ... The minister said ... He added": a "he" may be the man named, not the role
        self.unnamed_rivals: tuple[int, frozenset] | None = None
        self.source_group: tuple[int, str, str] | None = None  # (sentence, noun, name) of "three people familiar with ..."
        self.role_people: dict[str, Person] = {}  # "minister" -> whom "the minister" stood for first
        self.last_issuer = None  # (offset, Speaker) of the last one who "said in a statement"
        # (sentence, Person) of the one a question was put to ("HOST asks X whether ..."): a "he" or
        # "she" just after is the answer's speaker, not the asker's
        self.asked = None
        self.paragraph_texts: list[str] = []  # each parsed paragraph's text, as `cast.paragraph_starts` places them
        # head noun -> (offset, name) of each run of capitalised words ending in it, in text order:
        # "Tollund Head Outdoor Centre" -> a later "the centre" (`speakers_np`)
        self.named_heads: dict[str, list[tuple[int, str]]] = {}
        self.short_forms: dict[str, str] = {}  # "GTC" -> "Garion Tile Company", from "... Company (GTC)"

    def add_mention(self, pos: int, person: Person, subject: bool, sentence: int, speaker: bool = False) -> None:
        bisect.insort(self.cast.mentions, Mention(pos, person, subject, sentence, speaker), key=lambda m: m.pos)

    def add_body(self, name: str) -> None:
        words = name.split()
        if words and words[0].lower() in ("the", "a", "an", "its", "their"):
            words = words[1:]
        if not any(w[:1].isupper() for w in words):
            return  # "the company" names no body: it is no name for a later "the company" to mean
        for w in name.lower().replace("the ", "").split():
            if len(w) > 2 and w not in ("of", "and", "for"):
                self.bodies[w] = name


def _capitalised_runs(doc) -> list[tuple[int, str, str]]:
    """(offset, last word lower-cased, run) of each run of two to six capitalised words in a
    paragraph ("Tollund Head Outdoor Centre", whatever NER calls it): the names a later "the
    centre" may stand for. Linear in the tokens."""
    out, run = [], []
    for tok in [*doc, None]:
        if tok is not None and tok.text[:1].isupper() and tok.text[1:].islower() and tok.is_alpha \
                and not (tok.is_stop and not run):  # (a sentence's "The", "In" opens no name)
            run.append(tok)
            continue
        if 2 <= len(run) <= 6:
            out.append((run[0].idx, run[-1].lower_, doc[run[0].i:run[-1].i + 1].text))
        run = []
    return out


def _is_subjectish(tok) -> bool:
    t = tok
    owned = False  # the path went through a possessive: "X's" in "by X's brother, Y" is not the doer
    for _ in range(3):
        if t.dep_ in SUBJECT_DEPS:
            return True
        if t.dep_ == "ROOT" and t.i != tok.i and t.pos_ in ("NOUN", "PROPN"):
            return True  # "The club's manager, Name, known as ..., was ...": a parse that roots the subject
        if t.dep_ == "pobj" and t.head.dep_ == "agent" and not owned \
                and any(c.dep_ == "auxpass" for c in t.head.head.children):
            # "That view was rejected by X's sister, Y, who ...": the passive's doer, the next "She said";
            # not "Pressed by Ms X on when, she said": a fronted participle's asker is not the "she"
            return True
        if t.dep_ not in ("compound", "appos", "poss") or t.head.i == t.i:
            return False
        owned = owned or t.dep_ == "poss"
        t = t.head
    return False


def _made_by(ent) -> bool:
    """"a film directed by Chidi Okoroafor": a name of two or three words that is the doer of a work
    (a verb of the vocabulary's `agent_roles`) names a person, whatever label NER gave it."""
    root = ent.root
    return root.dep_ == "pobj" and root.head.dep_ == "agent" and 2 <= len(ent) <= 3 \
        and all(t.text[:1].isupper() and t.is_alpha for t in ent) \
        and root.head.head.lower_ in vocabulary().agent_roles


def build_cast(paragraph_docs, sentence_base: list[int]) -> Context:
    """People and bodies named in the article; `sentence_base[i]` numbers paragraph i's first sentence."""
    ctx = Context(Cast())
    for (span, doc), base in zip(paragraph_docs, sentence_base):
        text = doc.text  # (spaCy joins every token on each read of Doc.text: read it once)
        sent_no = {s.start: base + i for i, s in enumerate(doc.sents)}
        quoted = _quotations(doc.text)
        in_run: dict[int, Person] = {}  # token -> the person of the first-name run it is part of
        for toks in _first_name_runs(doc):  # "Mehmet Yıldız" even when NER calls it an ORG
            toks = [*_unlisted_given_names(doc, toks[0].i, toks[-1].i + 1), *toks]  # "Agustinus Dina Hokor": the run began at the name's second word
            cut = clean_name(doc[toks[0].i:toks[-1].i + 1].text.split())
            words = _whole(cut, text, toks[-1].idx + len(toks[-1].text))
            if names_a_street(text, toks[-1].idx + len(toks[-1].text)):
                continue  # "at Julius Nyerere and Herbert Chitepo roads": streets, no one who speaks
            p = ctx.cast.person(words) if len(words) >= 2 else None
            if p is not None:
                if cut != words:
                    ctx.cast.also(cut, p)
                in_run.update((t.i, p) for t in toks)
                _describe(p, doc, toks[0].i, toks[0].sent.start)
                _counterpart(ctx, p, doc, toks[0].i, span.start + toks[0].idx)
                ctx.add_mention(span.start + toks[0].idx, p, _is_subjectish(toks[-1]), sent_no.get(toks[0].sent.start, base))
        for a, noun, name in _capitalised_runs(doc):
            ctx.named_heads.setdefault(noun, []).append((span.start + a, name))
        for ent in doc.ents:
            if ent.label_ in ("ORG",):
                # (NER's "Allied Workers' Union of X" is the end of "the Mine, Salt and Allied ...")
                whole = joined_body_name(ent.root)
                ctx.add_body(whole if whole is not None and whole.endswith(ent.text) else ent.text)
            if ent.label_ != "PERSON" and not _made_by(ent) or names_a_street(text, ent.end_char):
                continue
            # ("Rovers - Baird" of a scorers line: a spaced dash parts a label from the name)
            words = _whole(clean_name(_SPACED_DASH.split(ent.text)[-1].split()), text, ent.end_char)
            if (given := _unlisted_given_names(doc, ent.start, ent.end)) and len(words) == len(ent):
                words = clean_name([*(t.text for t in given), *words])  # "(BPBD) Yohanes Bria Seran": NER left out "Yohanes"
            # NER's person cut from a longer name ("Olsby" of "Anders Olsby") is the run's person,
            # not another of the same surname
            p = next((in_run[t.i] for t in ent if t.i in in_run), None)
            if p is not None and len(words) > len(p.name.split()) and normalize(" ".join(words)).endswith(" " + normalize(p.name)):
                p.name = " ".join(words)  # the run was the name's end ("Al Rashid" of "Faisal bin Turki Al Rashid")
                if p.guessed:  # (the run's first word was the lexicon's guess; the name's own first word decides)
                    p.gender = first_name_gender(words[0])
                    p.guessed = p.gender is not None
                ctx.cast.person(words)  # (known by its new words too)
            if p is None and len(words) == 1 and ctx.cast.known(words[0]) is None:
                continue  # a lone capitalised word NER calls a person ("Kansenji"): not yet someone
            if p is None and _owns_a_role(doc, ent) and not first_name_gender(words[0]) and ctx.cast.known(" ".join(words)) is None:
                ctx.add_body(ent.text)  # "Castlebrook Athletic's manager": the club, not a person
                continue
            if p is not None and len(words) == len(p.name.split()) and words != p.name.split() \
                    and words[-1].startswith(p.name.split()[-1] + "-"):
                p.name = " ".join(words)  # the run stopped at a hyphen NER read past
                ctx.cast.person(words)
            p = p or ctx.cast.person(words)
            if p is None:
                continue
            if (cut := clean_name(_SPACED_DASH.split(ent.text)[-1].split())) != words:
                ctx.cast.also(cut, p)  # the spelling NER cut short names the whole name's person
            _describe(p, doc, ent.start, ent.sent.start)
            _counterpart(ctx, p, doc, ent.start, span.start + ent.start_char)
            p.nations.update(t.lower_ for t in ent if t.ent_type_ in ("NORP",))
            add_roles(p, [w.lower() for w in ent.text.split()[: len(ent.text.split()) - len(words)]])
            root = ent.root
            if root.dep_ == "appos":  # "the mine's chief executive, Pieter Vandersloot"
                add_roles(p, [t.lower_ for t in root.head.subtree if t.i < root.head.i + 1 and t.i >= root.head.left_edge.i])
            for c in root.children:
                if c.dep_ == "appos":  # "Pieter Vandersloot, the mine's chief executive"
                    add_roles(p, [t.lower_ for t in c.subtree if t.i <= c.i])
                    # "X, Norway's Minister of Trade": whose minister, for "the Norwegian minister"
                    p.nations.update(t.lower_ for t in c.subtree if t.i < c.i and t.ent_type_ in ("NORP", "GPE"))
            if root.dep_ == "pobj" and root.head.dep_ == "agent":  # "a film directed by X": the director
                job = vocabulary().agent_roles.get(root.head.head.lower_)
                if job:
                    p.roles.add(job)
            m = _AGE_AFTER.match(text[ent.end_char:ent.end_char + 8])
            if m and 15 < int(m.group(1)) < 110:
                p.age = int(m.group(1))
            sent = sent_no.get(ent.sent.start, base)
            # a name inside a quotation is someone the speaker talks about, never the he or she of
            # the quotation's own cue ('"Keppel has the ships," she told ...': not the firm)
            spoken = any(a <= ent.start_char < b for a, b in quoted)
            ctx.add_mention(span.start + ent.start_char, p, not spoken and (_is_subjectish(root) or ent.start == ent.sent.start), sent)
        _titled_surnames(ctx, doc, span, sent_no, base)
        _leaders(ctx, doc, span, sent_no, base)
        _introduced_names(ctx, doc, span, sent_no, base)
        appositive_names(ctx, doc, span, sent_no, base)
        _named_kinds(ctx, doc, span)
        for short, name in short_forms(text).items():
            ctx.short_forms.setdefault(short, name)
        _counsel(ctx, doc, span)
        _lone_surnames(ctx, doc, span, sent_no, base)
        _known_whole_names(ctx, doc, span, sent_no, base)
        _pronoun_genders(ctx, doc, span)
        _narrated_pronouns(ctx, doc, sent_no, base)
        roles_before_names(ctx, text, span.start, lambda off: next(
            (base + i for i, s in enumerate(doc.sents) if s.start_char <= off < s.end_char), base))
        ctx.cast.addressed.extend(addressed_names(doc, span.start))
        ctx.cast.paragraph_starts.append(span.start)
        ctx.paragraph_texts.append(text)
    return ctx


def _quotations(text: str) -> list[tuple[int, int]]:
    from index.statements.attribution import quote_spans  # (attribution reads the cast: imported on use)

    return quote_spans(text)[0]


# "a welder called Joris", "a rider who gave his name only as Sunday": a one-word name introduced
# after a noun of a person, whom a "he" or "she" after it stands for
_INTRODUCED = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,2}?(?P<noun>[a-z-]+),?\s+(?:called|named|known(?: only)? as|"
                         r"who (?:gave|would give) (?P<pron>his|her|their) name(?: only)? as|"
                         r"who (?:simply |only )?identified (?P<self>himself|herself|themselves)(?: only)? as)\s+"
                         r"(?P<name>[A-Z][a-z\u00c0-\u024f'’-]+)\b(?![ ]+[A-Z])")


def _introduced_names(ctx: Context, doc, span, sent_no: dict, base: int) -> None:
    v = vocabulary()
    for m in _INTRODUCED.finditer(doc.text):
        noun = m.group("noun")
        if not (noun in v.person_nouns or noun.endswith(tuple(v.person_suffixes))) or noun in v.not_person_words:
            continue
        if ctx.cast.known(m.group("name")) is not None:
            continue
        p = ctx.cast.person([m.group("name")])
        if p is None:
            continue
        said = m.group("pron") or m.group("self") or ""
        p.gender = p.gender or {"his": "male", "himself": "male", "her": "female", "herself": "female"}.get(said) \
            or first_name_gender(m.group("name"))
        at = m.start("name")
        tok = next((t for t in doc if t.idx >= at), None)
        sent = sent_no.get(tok.sent.start, base) if tok is not None else base
        ctx.add_mention(span.start + at, p, True, sent)  # (introduced to be followed: as a subject would be)


def _owns_a_role(doc, ent) -> bool:
    """"X's manager", "X's chief executive": the name owns a job, as a club or firm does."""
    if ent.end + 1 >= len(doc) or doc[ent.end - 1].text not in ("'s", "’s") and doc[ent.end].text not in ("'s", "’s"):
        return False
    nxt = doc[ent.end] if doc[ent.end].text not in ("'s", "’s") else doc[ent.end + 1]
    v = vocabulary()
    return v.is_role(nxt.lower_) or (nxt.i + 1 < len(doc) and v.is_role(f"{nxt.lower_} {doc[nxt.i + 1].lower_}"))


def _narrated_pronouns(ctx: Context, doc, sent_no: dict, base: int) -> None:
    """The sentences whose narration (outside quotation marks) has a he or she for subject: "I ask
    whether he will stay" goes on about the person just named."""
    from index.statements.attribution import quote_spans

    quoted = quote_spans(doc.text)[0]
    for t in doc:
        if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and not any(a <= t.idx < b for a, b in quoted):
            gender = "female" if t.lower_ == "she" else "male"
            ctx.cast.pronoun_sentences.setdefault(gender, set()).add(sent_no.get(t.sent.start, base))


# a court report's counsel by their part: "Defending, X said", "Prosecuting, Y told the court"
_COUNSEL = {"defending": ("lawyer", "barrister", "solicitor", "counsel"), "mitigating": ("lawyer", "barrister", "solicitor", "counsel"),
            "representing": ("lawyer", "barrister", "solicitor", "counsel"), "prosecuting": ("prosecutor", "counsel")}


def _counsel(ctx: Context, doc, span) -> None:
    """The person a court report names after "Defending," or "Prosecuting," is that side's lawyer,
    for a later "the defendant's lawyer said" or "the prosecutor said"."""
    for sent in doc.sents:
        jobs = _COUNSEL.get(sent[0].lower_) if len(sent) > 2 and sent[1].text == "," else None
        if jobs is None:
            continue
        lo, hi = span.start + sent.start_char, span.start + sent.end_char
        named = next((m.person for m in ctx.cast.mentions if lo <= m.pos < hi), None)
        if named is not None:
            named.roles.update(jobs)


def _named_kinds(ctx: Context, doc, span) -> None:
    """"the housing charity Hearthwarm", "Swedish utility Norrfjord Kraft": a body's kind set before
    its name, so that "the charity" or "the company" after it is that body."""
    v = vocabulary()
    for tok in doc:
        low = tok.lower_
        if tok.pos_ != "NOUN" or not (low in v.companies or low in v.organisations) or tok.i + 1 >= len(doc):
            continue
        run = []
        for t in doc[tok.i + 1:tok.i + 5]:
            if t.pos_ != "PROPN" or not t.text[:1].isupper():
                break
            run.append(t)
        if not run:
            continue
        ids = {t.i for t in run}
        # "the carmaker Tallis Motors" (a compound of the name) or "the charity Warmway" (the name its apposition)
        # (or, as the small parser splits one phrase, two subjects side by side: "the utility" + "Osterdal Kraft")
        if not ((tok.dep_ == "compound" and tok.head.i in ids) or any(t.dep_ == "appos" and t.head.i == tok.i for t in run)
                or (run[-1].head.i == tok.head.i != tok.i and run[-1].dep_ == tok.dep_)):
            continue
        name = doc[run[0].i:run[-1].i + 1].text
        ctx.kinds.append((span.start + tok.idx, low, name))
    for tok in doc:  # "Brellin Optics, a company based in Leeds", "Quillpack, the package registry that ...": the kind set after the name
        if tok.pos_ == "NOUN" and (tok.lower_ in v.companies or tok.lower_ in v.organisations) and tok.dep_ == "appos" \
                and tok.head.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("a", "an", "the") for c in tok.children):
            names = [t for t in tok.head.subtree if t.i <= tok.head.i and t.pos_ == "PROPN"]
            if names and names[-1].i == tok.head.i:
                ctx.kinds.append((span.start + tok.idx, tok.lower_, doc[names[0].i:tok.head.i + 1].text))


def _titled_surnames(ctx: Context, doc, span, sent_no: dict, base: int) -> None:
    """"Cllr Pennington presented the report. He said ...", "PCSO Marsh reported 14 crimes": a
    title before a surname alone names a person (minutes, court and police copy name people so),
    whom a pronoun after it may stand for, even where NER sees no PERSON."""
    v = vocabulary()
    ms = ctx.cast.mentions
    taken = {m.pos for m in ms[bisect.bisect_left(ms, span.start, key=lambda m: m.pos):
                                bisect.bisect_left(ms, span.end, key=lambda m: m.pos)]}
    for tok in doc[:-1]:
        title = tok.lower_.rstrip(".")
        if not tok.text[:1].isupper() or (title not in v.titles and tok.lower_ not in v.titles):
            continue
        nxt = doc[tok.i + 1]
        if not nxt.text[:1].isupper() or nxt.pos_ not in ("PROPN", "NOUN") or nxt.lower_ in v.titles \
                or span.start + tok.idx in taken or span.start + nxt.idx in taken:
            continue
        word, end = _hyphenated(doc, nxt)
        if end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].text[:1].isupper():
            _titled_whole_name(ctx, doc, span, tok, nxt, sent_no, base, taken)
            continue  # a first name and a surname: the runs and NER read those (else the helper above)
        initial = courtesy_initial([tok.text, word])  # "Mrs H": title and initial, kept apart from "Mr H"
        p = ctx.cast.person(initial) if initial else titled_namesake(ctx.cast, [tok.text, word], [word]) or ctx.cast.person([word])
        if p is None:
            continue
        # a title says the gender a first name only guessed ("Mr X" of a given name the lexicon reads as a woman's)
        ctx.cast.learn_gender(p, v.titles.get(title) or v.titles.get(tok.lower_))
        if title in v.title_roles:
            add_roles(p, [v.title_roles[title]])
        ctx.add_mention(span.start + tok.idx, p, _is_subjectish(nxt), sent_no.get(tok.sent.start, base))


def _titled_whole_name(ctx: Context, doc, span, tok, first, sent_no: dict, base: int, taken: set) -> None:
    """"Kgosi Tebogo Ramotswa", "Mzee Juma Kiprono": a title before a given name and a surname that
    neither NER (which calls the three words a body) nor the runs of known given names read as a
    person; the title says they are one, so the "he" after "Kgosi Ramotswa told ..." finds him."""
    v = vocabulary()
    surname, end = _hyphenated(doc, doc[first.i + 1])
    if end < len(doc) and doc[end].text[:1].isupper() and doc[end].pos_ == "PROPN":
        return  # four capitalised words: a body's name or a longer name than this reads
    if first.ent_type_ == "PERSON" or any(span.start + t.idx in taken for t in doc[tok.i:end]):
        return  # NER's person, or the runs': read already
    words = [first.text, surname]
    if any(w.lower() in v.titles or w.lower() in v.organisations or w.lower() in v.companies
           or w.lower() in v.organisation_name_words or v.is_role(w.lower()) or is_english_word(w) for w in words):
        return  # "Minister Health Services", "Dr Foster Hospital": not a given name and a surname
    p = ctx.cast.person(words)
    if p is None:
        return
    ctx.cast.learn_gender(p, v.titles.get(tok.lower_.rstrip(".")) or v.titles.get(tok.lower_))
    ctx.add_mention(span.start + tok.idx, p, _is_subjectish(doc[end - 1]), sent_no.get(tok.sent.start, base))


def _leaders(ctx: Context, doc, span, sent_no: dict, base: int) -> None:
    """"Senior Chief Kaomba bemoaned the situation. He said ...": a leader named by a title and one
    name (`traditional_titles`) is a person, mentioned there."""
    ms = ctx.cast.mentions
    taken = {m.pos for m in ms[bisect.bisect_left(ms, span.start, key=lambda m: m.pos):
                                bisect.bisect_left(ms, span.end, key=lambda m: m.pos)]}
    for off, name, title in titled_leaders(doc.text):
        if span.start + off in taken:
            continue
        tok = doc.char_span(off, off + len(name), alignment_mode="expand")
        if tok is None:
            continue
        # (known by the title with the name, as the report writes them: "Senior Chief X", whom "X" names too)
        p = ctx.cast.person([*title.split(), name])
        if p is None:
            continue
        # (no role from the title: "the chiefs had warned ..." would then be this one leader)
        ctx.add_mention(span.start + off, p, _is_subjectish(tok.root), sent_no.get(tok.root.sent.start, base))


def _lone_surnames(ctx: Context, doc, span, sent_no: dict, base: int) -> None:
    """"Moyes, who co-founded the firm, has not spoken publicly": a person named earlier, by
    surname alone, is mentioned even where NER misses the word (a pronoun after it is theirs)."""
    ms = ctx.cast.mentions  # kept in text order: this paragraph's by bisection, not a pass over all
    taken = {m.pos for m in ms[bisect.bisect_left(ms, span.start, key=lambda m: m.pos):
                                bisect.bisect_left(ms, span.end, key=lambda m: m.pos)]}
    for tok in doc:
        # (the small model tags a sentence's first word "Meyers" a NOUN as often as a PROPN)
        if tok.pos_ not in ("PROPN", "NOUN") or not tok.text[:1].isupper() or tok.ent_type_ == "PERSON" \
                or span.start + tok.idx in taken:
            continue
        if tok.i >= 2 and doc[tok.i - 1].text == "-" and not doc[tok.i - 2].whitespace_ and not doc[tok.i - 1].whitespace_:
            continue  # "Lind" of "Ortega-Lind": the hyphenated surname is read from its first part
        word, end = _hyphenated(doc, tok)
        if (tok.i and doc[tok.i - 1].pos_ == "PROPN") or (end < len(doc) and doc[end].pos_ == "PROPN"):
            continue  # part of a longer name
        p = ctx.cast.known(word)
        if p is not None and p.name.split()[-1] == word:
            ctx.add_mention(span.start + tok.idx, p, _is_subjectish(tok), sent_no.get(tok.sent.start, base))


def _known_whole_names(ctx: Context, doc, span, sent_no: dict, base: int) -> None:
    """"Ana Ruakere replied on the same day. She wrote ...": a person the article named before (beside
    a job) is mentioned by their whole name again where NER calls it a body, so the "she" after finds her."""
    ms = ctx.cast.mentions
    taken = {m.pos for m in ms[bisect.bisect_left(ms, span.start, key=lambda m: m.pos):
                                bisect.bisect_left(ms, span.end, key=lambda m: m.pos)]}
    k = 0
    while k < len(doc):
        if doc[k].pos_ != "PROPN" or doc[k].ent_type_ == "PERSON" or not doc[k].text[:1].isupper():
            k += 1
            continue
        j = k
        while j + 1 < len(doc) and doc[j + 1].pos_ == "PROPN" and doc[j + 1].text[:1].isupper() and j + 1 - k < 4:
            j += 1
        words = [t.text for t in doc[k:j + 1]]
        p = ctx.cast.known(" ".join(words)) if len(words) >= 2 else None
        if p is not None and p.name.split() == words and span.start + doc[k].idx not in taken:
            ctx.add_mention(span.start + doc[k].idx, p, _is_subjectish(doc[j]), sent_no.get(doc[k].sent.start, base))
        k = j + 1


def _hyphenated(doc, tok) -> tuple[str, int]:
    """("Ortega-Lind", the index after it) for a surname spaCy splits at its hyphen; else the token."""
    j = tok.i + 1
    while j + 1 < len(doc) and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_ \
            and doc[j + 1].text[:1].isupper():
        j += 2
    return doc[tok.i:j].text, j


def _describe(p: Person, doc, start: int, sent_start: int) -> None:
    """What the words of the name's own noun phrase before it say: "Ministry Spokesman",
    "Mayor", "Ms", "Kazakhstan's Water Minister", "His Uzbek counterpart"."""
    v = vocabulary()
    k = start
    while k > max(sent_start, start - 6) and (doc[k - 1].pos_ in ("PROPN", "NOUN", "ADJ") or doc[k - 1].tag_ == "POS"):
        k -= 1
    before = doc[k:start]
    if start - 1 >= k and v.title_gender(doc[start - 1].text):
        if p.gender is None or p.guessed:  # a title over a first-name guess
            p.gender, p.guessed = v.title_gender(doc[start - 1].text), False
    p.nations.update(t.lower_ for t in before if t.ent_type_ in ("NORP", "GPE"))
    # every word for a job of several ("Chief financial officer": "financial" is an adjective),
    # nouns only for a job of one word
    add_roles(p, [t.lower_ for t in before], singles={t.lower_ for t in before if t.pos_ in ("NOUN", "PROPN")})


def _counterpart(ctx: Context, p: Person, doc, start: int, pos: int) -> None:
    """"held talks with his Peruvian counterpart Tomas Vega": Vega has the job of the
    person just named (a foreign minister's counterpart is a foreign minister)."""
    words = vocabulary().counterpart_words
    before = doc[max(start - 4, doc[start].sent.start):start]
    if not any(t.lower_ in words or f"{t.lower_} {t.nbor().lower_}" in words for t in before):
        return
    from index.world import country_for

    p.nations.update(t.lower_ for t in before if country_for(t.text))  # "his Peruvian counterpart"
    earlier = [m for m in reversed(ctx.cast.mentions) if m.pos < pos and m.person is not p]
    owner = next((m.person for m in earlier if m.subject), None)  # "his": the subject just named
    if owner is not None:
        p.roles.update(owner.roles)


def _pronoun_genders(ctx: Context, doc, span) -> None:
    """"Pavel Tomasek ... when he met": a he/she later in the sentence of a person who is its
    subject tells that person's gender, over the first-name lexicon."""
    mentions = ctx.cast.mentions  # in text order: the sentence's own are found by bisection
    for sent in doc.sents:
        lo, hi = span.start + sent.start_char, span.start + sent.end_char
        subj, i = None, bisect.bisect_left(mentions, lo, key=lambda m: m.pos)
        while subj is None and i < len(mentions) and mentions[i].pos < hi:
            subj, at = (mentions[i].person, mentions[i].pos) if mentions[i].subject else (None, 0)
            i += 1
        if subj is None:
            continue
        for t in sent:
            # only a pronoun after the name: one before it is in the quotation the name's cue ends
            # ('She will walk to the next stall," Mr X said': a quote split at its sentences)
            if t.lower_ in ("he", "she") and t.dep_ in ("nsubj", "nsubjpass") and t.idx > 0 and span.start + t.idx > at:
                # "Her son, X, said she had worked until 80": the possessive before the subject
                # names another person of that gender, whom the pronoun goes on about
                owner = "her" if t.lower_ == "she" else "his"
                # (a gender a title or an earlier reading settled stays: "Mrs X, whose son attends
                # the school, said he had revised" goes on about the son)
                if '"' not in doc.text[sent.start_char:t.idx] and (subj.gender is None or subj.guessed) and not any(
                        o.lower_ == owner and o.dep_ == "poss" and o.i < t.i for o in sent):
                    subj.gender, subj.guessed = ("male" if t.lower_ == "he" else "female"), False
                break


_SPACED_DASH = re.compile(r"\s[-–—|]\s")
# the rest of a hyphenated given name the tokenizer splits off: "Wing-yan", "Ho-kit", "Min-jae"
_HYPHEN_TAIL = re.compile(r"[-‐][a-z\u00df-\u024f]+\b(?![-‐])")


# a family name after a lower-case particle the parser leaves out: "Joseph Kipngetich arap Mutai"
_PARTICLE_TAIL = re.compile(r" ([a-z]+) ([A-Z][\w'’-]+)\b")


def _whole(words: list[str], text: str, end: int) -> list[str]:
    """A name's words with its last word whole ("Chan Ho" of "Chan Ho-kit" -> "Chan Ho-kit") and
    the family name after a particle ("Joseph Kipngetich" of "Joseph Kipngetich arap Mutai")."""
    if not words:
        return words
    m = _HYPHEN_TAIL.match(text, end)
    if m and not words[-1].endswith(m.group(0)):
        words, end = [*words[:-1], words[-1] + m.group(0)], m.end()
    m = _PARTICLE_TAIL.match(text, end)
    if m and m.group(1) in vocabulary().name_particles and len(words) >= 2 and first_name_gender(words[0]):
        words = [*words, m.group(1), m.group(2)]
    return words


def _unlisted_given_names(doc, start: int, end: int) -> list:
    """The capitalised words just before the name doc[start:end] (to three words in all) that are
    the name's first words though neither NER nor the first-name lexicon knows them: compounded
    onto the name, and no English word, title or job ("Yohanes" of "Yohanes Bria Seran", "Ousmane
    Diallo" of "Ousmane Diallo Kane"; not "Irrigation", "Minister")."""
    v = vocabulary()
    out = []
    while start > 0 and end - start < 3:
        t = doc[start - 1]
        if not (t.is_alpha and t.text[:1].isupper() and not t.is_upper) or (t.ent_type_ and doc[start].ent_iob_ != "I") \
                or t.dep_ != "compound" or not (start <= t.head.i < end) or is_english_word(t.text) \
                or v.is_title(t.text) or v.is_role(t.lower_) or t.lower_ in v.name_particles:
            break
        out.insert(0, t)
        start -= 1
    return out


def _first_name_runs(doc):
    """Runs of two or three capitalised words starting with a first name the lexicon knows."""
    from index.statements.people import first_name_gender

    i, n = 0, len(doc)
    while i < n:
        t = doc[i]
        if t.text[:1].isupper() and t.is_alpha and (not t.is_sent_start or (i + 1 < n and (doc[i + 1].pos_ == "PROPN" or doc[i + 1].text in ('"', "“")))) \
                and first_name_gender(t.text) and not (i and doc[i - 1].lower_ == "the") and t.pos_ not in ("DET", "PRON") \
                and not _inside_a_body_name(doc, i):
            # ("the Royal Infirmary", "the Victoria Line": a name after "the" is a place or body;
            # the lexicon knows "The" and "His" as given names: "The World Food Programme" is no one)
            j, skipped = i + 1, 0
            while j < n and j - i - skipped < 4:
                if doc[j].text in ('"', "“") and j + 3 < n and doc[j + 1].text[:1].isupper() and doc[j + 2].text in ('"', "”") \
                        and doc[j + 3].text[:1].isupper():
                    j, skipped = j + 3, skipped + 3  # 'Dale "Dusty" Kerr': a nickname inside the name
                    continue
                if not (doc[j].text[:1].isupper() or (doc[j].text == "-" and not doc[j].whitespace_)):
                    break
                j += 1
            while j > i and doc[j - 1].text == "-":
                j -= 1
            if j - i >= 2 and _ends_a_body_name(doc, i, j):
                i = j  # "Lowland Victoria Savings Bank": a body's name with a given name inside, no one's
                continue
            if j - i >= 2:
                yield list(doc[i:j])
                i = j
                continue
        i += 1


def _ends_a_body_name(doc, i: int, j: int) -> bool:
    """Does the run doc[i:j] end with a word of a body's name ("Bank", "Cooperative", "Inc")
    inside a name NER reads as a body's?"""
    v = vocabulary()
    last = doc[j - 1].lower_.rstrip(".")
    return doc[j - 1].ent_type_ in ("ORG", "FAC") and (last in v.organisations or last in v.companies
                                                       or last in v.organisation_name_words)


def _inside_a_body_name(doc, i: int) -> bool:
    """"Ngā Awa Energy", "Hōhepa Mary Tane": a given name inside a name NER reads whole, after a
    word of it with a diacritic that is no title or job: the name is NER's, not a run cut from
    its middle."""
    t, prev = doc[i], doc[i - 1] if i else None
    if prev is None or t.ent_iob_ != "I":
        return False
    # a name NER reads whole may still hold a title or a common noun at a sentence's start ("Hon
    # Wilson X", "Fan Marcus Obi"): only a word with a diacritic is surely of the name there
    if fold_marks(prev.text) == prev.text:
        return False
    v = vocabulary()
    word = prev.text.rstrip(".")
    return prev.text[:1].isupper() and not prev.text.isupper() and not v.is_role(word) and not v.is_title(word) \
        and word.lower() not in v.name_particles


def add_roles(p: Person, words: list[str], singles: set[str] | None = None) -> None:
    """Roles named by `words` (the words before or beside a name): jobs of three, two or one
    word; a job of three ("chief financial officer") is not also its "chief" or "officer". An
    abbreviated title ("Sen.", "Gov.") is the job it stands for, so "the senator" finds the person."""
    v = vocabulary()
    spelt = {w: v.title_role(w) for w in words if v.title_role(w)}
    if spelt:
        words = [spelt.get(w, w) for w in words]
        singles = None if singles is None else singles | {spelt[w] for w in singles if w in spelt}
    covered: set[int] = set()
    for i in range(len(words) - 2):
        if v.is_role(" ".join(words[i:i + 3])):
            p.roles.add(" ".join(words[i:i + 3]))
            covered.update((i, i + 2))
    for i, w in enumerate(words):
        if v.is_role(w) and (singles is None or w in singles) and i not in covered:
            p.roles.add(w)
            g = v.role_gender(w)
            if g:
                p.gender = p.gender or g
        if i + 1 < len(words) and v.is_role(f"{w} {words[i + 1]}"):
            p.roles.add(f"{w} {words[i + 1]}")
