"""Attributed statements of one parsed paragraph: (speaker, cue, content) triples.

A cue is a speech act of the vocabulary used as a verb outside quotation marks, or an
"according to" phrase. Its speaker is the grammatical subject (inherited from the governing
verb for "..., saying", "... and said"; the noun a "who said" clause hangs on), resolved by
`speakers_np`. Its content is the quotation it governs, else its reported clause ("denied
that ...", "accused X of ..."). A quotation running over several sentences gives one
statement per sentence, all the cue's speaker's; a paragraph that continues a quotation
left open, or is a bare quotation after a quoted speaker, is that speaker's too.
(The shape follows textacy's `direct_quotations` and GenderGapTracker's quote extractor.)
"""

from __future__ import annotations

import bisect
import re
from functools import cache
from dataclasses import dataclass, field, replace

from index.models import Span
from index.statements.cast import Context
from index.statements.court_words import DISSENT, RULING, court_rules, view_holder, view_subject, would_have_ruled
from index.statements.dates import WEEKDAYS
from index.statements.delegates import fronted_delegate
from index.statements.document_clause import reported_clause
from index.statements.people import PLACE_ENDS
from index.statements.groups import speakers_of
from index.statements.readout_acts import readout_act, readout_content
from index.statements.nlp import pipeline
from index.statements.speakers_np import Speaker, statement_sender
from index.vocabulary import vocabulary

_CONTENT_DEPS = {"ccomp", "xcomp", "parataxis"}
_DATE_LABELS = {"DATE", "TIME"}
_FIGURES = {"PERCENT", "MONEY", "QUANTITY", "CARDINAL"}
# "rose after saying", "was fined for saying": words said ("without saying" says nothing)
_SAYING_PREPS = {"after", "before", "for", "by", "since", "upon", "on", "in"}


@dataclass
class Raw:
    speaker: Speaker
    act: str  # past form of the speech act ("denied"); "said" for a continued quotation
    content: Span
    quote_type: str  # direct | indirect | mixed
    span: Span  # the sentence, in article offsets
    sentence: int
    paragraph: int
    times: list[tuple[Span, str, bool]] = field(default_factory=list)  # own time phrases (span, text, future)
    according: bool = False
    perfect: bool = False
    continued: bool = False  # a quotation's later sentence or paragraph, no cue of its own
    source: "Raw | None" = None  # for a continued quotation: the statement whose cue it shares
    cue: tuple = ()  # (verb token, content tokens, subject tokens) in the paragraph's parse
    opens: bool = False  # a cue paragraph ending in a colon ("X commented:"): its words are in the next paragraph
    stamped: tuple | None = None  # (stamp text, day[, basis]) a chat message's own stamp gives its words
    act_days: frozenset[int] = frozenset()  # starts of `times` the verb takes inside its content ("announced the pause Nov. 27")


# a nickname in quotation marks between a given name and a surname: 'Dale "Dusty" Kerr'
_NICKNAME = re.compile(r"\b[A-Z][\w'’.-]* (?P<open>\")(?P<name>[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)?)(?P<close>\")(?= [A-Z][a-z])")


def quote_spans(text: str) -> tuple[list[tuple[int, int]], bool]:
    """Quotation spans (inside the marks) of a folded paragraph, and whether the last is left open."""
    marks = [i for i, c in enumerate(text) if c == '"']
    nick = {k for m in _NICKNAME.finditer(text) for k in (m.start("open"), m.start("close"))}
    marks = [i for i in marks if i not in nick]  # 'Mayor Evangeline "Vangie" Sarmiento': a nickname, no quotation
    spans = [(marks[i] + 1, marks[i + 1]) for i in range(0, len(marks) - 1, 2)]
    open_end = len(marks) % 2 == 1
    if open_end:
        spans.append((marks[-1] + 1, len(text)))
    return spans, open_end


def _overlapping(qs, lo: int, hi: int) -> list[tuple[int, int]]:
    """The quotations that overlap [lo, hi), found by bisection: `qs` as `quote_spans` gives them
    (in order, disjoint). Testing every quotation for every sentence or statement is quadratic in a
    long paragraph."""
    return qs[bisect.bisect_right(qs, lo, key=lambda q: q[1]):bisect.bisect_left(qs, hi, key=lambda q: q[0])]


def _quoted_tokens(doc, qs) -> set[int]:
    """The tokens that start inside a quotation (each quotation's run of tokens found by bisection:
    a token-by-quotation test is quadratic in a long paragraph)."""
    starts = [t.idx for t in doc]
    out: set[int] = set()
    for a, b in qs:
        out.update(range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)))
    return out


def _phrasal_after_object(tok) -> bool:
    """The verb takes an object and then a particle that makes it another verb ("wrote me up",
    "told him off", "shouted them down"), unless that phrasal verb is itself a speech act."""
    objects = [c.i for c in tok.children if c.dep_ == "dobj"]
    return any(c.dep_ == "prt" and c.lower_ in ("up", "off", "down") and objects and min(objects) < c.i
               and vocabulary().speech_lemma(f"{tok.text} {c.text}") is None for c in tok.children)


def _cue_form(tok) -> tuple[str, int] | None:
    """(lemma, last token index) when `tok` starts a speech act used as a verb."""
    v = vocabulary()
    if tok.pos_ not in ("VERB",) and tok.tag_ not in ("VBD", "VBZ", "VBP", "VBG", "VBN"):
        return None
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    # ("hit back:" is parsed with an adverb; "gave evidence that" takes its noun as object)
    if nxt is not None and nxt.dep_ in ("prt", "prep", "advmod", "dobj"):
        lemma = v.speech_lemma(f"{tok.text} {nxt.text}")
        if lemma and v.is_finite_only(lemma) and tok.tag_ not in ("VBD", "VBZ", "VBP") and not _perfect(tok):
            return None
        if lemma == "call on" and any(o.dep_ == "pobj" and o.ent_type_ in _DATE_LABELS for o in nxt.children):
            return None  # "called on Monday to complain": a day, no one called on
        if lemma == "call on" and any(c.dep_ in ("xcomp", "advcl") and c.i > nxt.i for c in tok.children) and (
                any(c.dep_ == "xcomp" for c in tok.children) or any(c.dep_ == "prep" and c.i > nxt.i and any(
                    o.ent_type_ in _DATE_LABELS for o in c.children) for c in tok.children)):
            # "called on X to resign", "called on X on Monday to return ...": the call's clause, read as
            # "call" reads it (a day between the two would fall inside the content and not date it)
            lemma = None
        if lemma:
            return lemma, nxt.i
    if would_have_ruled(tok):
        return DISSENT, tok.i  # "He would have allowed the appeal": a dissenting judge's ruling
    if court_rules(tok):
        return RULING, tok.i  # "The Supreme Court dismisses the appeal": the summary's court rules
    lemma = v.speech_lemma(tok.text)
    if lemma is not None and _phrasal_after_object(tok):
        return None  # "Mr X wrote me up", "she told him off": a reprimand, a write-off, nothing said
    if lemma is None and (act := v.clause_lemma(tok.text)) and _that_clause(tok):
        lemma = act  # "She holds that ...", "The union requests that ...": with the clause only
    if lemma is None and _withheld(tok):
        lemma = "comment"  # "He declines to give that commitment": refused words, as "declined to comment"
    if lemma is None:
        lemma = readout_act(tok)  # "thanked the hosts for their support", "raised the situation of ..."
    if lemma is None and tok.lower_ in ("read", "reads") and any(
            c.dep_ == "nsubj" and (c.lower_ in v.statement_nouns or (c.lower_ == "it" and statement_sender(c) is not None))
            for c in tok.children):
        lemma = "say"  # "A statement from the group read: ...", "X sent a statement. "...," it read"
    return (lemma, tok.i) if lemma else None


@cache
def _quoting() -> frozenset[str]:
    """Every form of the relaying verbs (vocabulary `relay_participles`: "quoted" -> "quote",
    "quotes", "quoted", "quoting"), for "the agency quotes X as saying"."""
    out = set()
    for done in vocabulary().relay_participles:
        stem = done[:-2] if done.endswith("yed") else done[:-1] if done.endswith("ed") else done  # relayed, quoted
        bare = stem[:-1] if stem.endswith("e") else stem
        out.update((stem, stem + "s", done, bare + "ing"))
    return frozenset(out)


def _told_what_to_say(verb) -> bool:
    """"what to say", "how to answer", "(had been told) to say nothing": an infinitive the sentence
    gives as words put to someone, under a passive or with a question word for its object."""
    if verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return False
    return any(c.tag_ in ("WP", "WRB") for c in verb.children) or (
        verb.dep_ in ("xcomp", "conj") and any(c.dep_ == "auxpass" for c in verb.head.children))


def _subject(verb):
    """The subject token of a speech verb: its own, or inherited along conj/participle/relcl links."""
    if verb.lower_ == "saying" and verb.head.lower_ == "as" and verb.head.head.lower_ in _quoting():
        # "the agency quotes X as saying ...", "she was quoted as saying by the agency": the one quoted
        quoting = verb.head.head
        quoted = next((c for c in quoting.children if c.dep_ in ("dobj", "nsubjpass")), None)
        if quoted is not None:
            return quoted
    t = verb
    for _ in range(4):
        subjs = [c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")]
        # "His Uzbek counterpart Shavkat Tursunov told": two subjects parsed, the name is the speaker
        subj = next((c for c in subjs if c.ent_type_ == "PERSON"), subjs[0] if subjs else None)
        # "Reacting, the chairman ..., X, described", "Contacted, the county's water chief, X, said":
        # parsed as the participle's apposition
        if subj is not None and (subj.tag_ == "VBG" or subj.tag_ == "VBN" and subj.i + 1 < len(subj.doc)
                                 and subj.nbor().text == ","):
            appos = [c for c in subj.children if c.dep_ == "appos"]
            # ("Reacting, the Chairman of X, Y chapter, Alhaji Z, described": the name hangs on the
            # chapter, a conjunct of the participle or of the title)
            linked, frontier = [], [subj]
            for _ in range(3):
                frontier = [c for t in frontier for c in t.children if c.dep_ in ("appos", "conj")]
                linked += frontier
            subj = next((a for a in linked if a.dep_ == "appos" and a.ent_type_ == "PERSON" and a.pos_ == "PROPN"),
                        appos[0] if appos else subj)
        if subj is None and t is verb:
            subj = _fronted_apposition(verb) or fronted_delegate(verb) or _participle_subject(verb)
        subj = _past_address(subj, t)
        if subj is not None and not (subj.lower_ in ("who", "which", "that") and t.dep_ == "relcl"):
            return _name_on_misread_place(subj)
        if t.dep_ == "relcl" and t.head.pos_ in ("NOUN", "PROPN", "PRON"):
            head, climbed = t.head, False
            # "X, a Republican from Minot, who said": the clause hangs on the place the apposition ends with
            # ("One trader in City, who asked": a "who" is never the place)
            who = any(c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in t.children) \
                and (head.ent_type_ in ("GPE", "LOC", "FAC") or head.lower_ in PLACE_ENDS)
            if head.dep_ == "pobj" and head.pos_ == "PROPN" and head.head.lower_ in ("from", "in", "of", "at") \
                    and head.head.head.pos_ in ("NOUN", "PROPN") and (head.head.head.dep_ == "appos" or who):
                head, climbed = head.head.head, head.head.head.dep_ == "appos"
            return head.head if head.dep_ == "appos" and head.head.pos_ in ("PROPN", "NOUN") and (head.pos_ == "NOUN" or climbed) else head
        if t.dep_ == "pcomp" and t.tag_ == "VBG" and t.head.dep_ == "prep" and t.head.lower_ in _SAYING_PREPS \
                and t.head.head.pos_ in ("VERB", "AUX") and t.head.head.i != t.i \
                and any(c.dep_ == "ccomp" for c in t.children):  # (not "sentenced after admitting 14 counts")
            t = t.head.head  # "X rose 2% after saying it would ...": the subject of the verb the phrase hangs on
            continue
        if t is verb and _finite_read_as_participle(verb):
            return verb.head
        if t is verb and (writer := _medium_sender(verb)) is not None:
            t = writer  # "X wrote to members in an email dated 4 June to say that ...": its sender says
            continue
        # ("She pauses, then adds: ..." is parsed with "adds" a bare `dep` of "pauses")
        # ("X was furious that the goal stood, claiming ...": the that-clause hangs on the adjective)
        if t.dep_ in ("conj", "advcl", "xcomp", "acl", "dep", "acomp") and t.head.i != t.i and t.head.pos_ in ("VERB", "AUX"):
            t = t.head
            # "X said the leaders discussed it, stressing ...": a participle after a reported
            # clause is the reporter's, not the reported subject's
            # ("X proposed that the council grant it, saying ...": any that-clause's participle too)
            if verb.tag_ == "VBG" and t.dep_ == "ccomp" and (_cue_form(t.head) is not None or any(
                    c.dep_ == "mark" and c.lower_ == "that" for c in t.children)):
                t = t.head
            # "The court stayed it until a committee reports, orally remarking that ...": a
            # participle after a time or reason clause belongs to the clause's host, not its subject
            elif verb.tag_ == "VBG" and t.dep_ == "advcl" and t.head.pos_ in ("VERB", "AUX") and any(
                    c.dep_ == "mark" and c.lower_ in _SUBORDINATORS for c in t.children):
                t = t.head
                if t.dep_ == "ccomp" and _cue_form(t.head) is not None:  # (the clause sits in a reported one)
                    t = t.head
            continue
        return None
    return None


def _name_on_misread_place(subj):
    """The person a misparsed subject noun carries: "Fernbanks elder Edna Tom, who ..., said" is
    parsed with the one-word place (read as a common noun) as the subject and the name hanging on
    it as its object or modifier; the speaker is the name, whose phrase starts right after the place."""
    if subj.pos_ != "NOUN" or subj.ent_type_ or not subj.text[:1].isupper() or subj.left_edge.i != subj.i:
        return subj
    for c in subj.children:
        if c.i > subj.i and c.pos_ == "PROPN" and c.ent_type_ == "PERSON" and c.dep_ in ("npadvmod", "dobj", "appos", "dep") \
                and c.left_edge.i == subj.i + 1 and all(t.pos_ in ("ADJ", "NOUN", "PROPN") for t in subj.doc[subj.i + 1:c.i]):
            return c
    return subj


def _medium_sender(verb):
    """The verb whose subject sent the letter or e-mail an infinitive "to say" hangs on ("wrote to us
    in an email dated 4 June to say that ...", parsed with "say" on the email), or None."""
    media = vocabulary().written_media | vocabulary().statement_nouns
    head = verb.head
    if verb.dep_ != "acl" or verb.tag_ != "VB" or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    if head.lower_ not in media or head.dep_ != "pobj" or head.head.dep_ != "prep" or head.head.head.pos_ not in ("VERB", "AUX"):
        return None
    return head.head.head


def _finite_read_as_participle(verb) -> bool:
    """"X, who has run the shop for 34 years, announced in May that ...": after a long relative
    clause the parser makes the name the sentence's root and the verb its participle; a cue right
    after the name's closing comma, with a clause of its own, is the name's finite verb."""
    head = verb.head
    return verb.dep_ == "acl" and head.dep_ == "ROOT" and head.pos_ in ("PROPN", "NOUN") and verb.i > head.i \
        and verb.doc[verb.i - 1].text == "," and any(c.dep_ == "ccomp" for c in verb.children) \
        and not any(t.pos_ in ("VERB", "AUX") and t.dep_ == "ROOT" for t in verb.sent)


def _past_address(subj, verb):
    """"Minister, a trucking company told us ...": a question that opens by addressing someone
    ("Minister,", "Chief,") is parsed with the addressee as the subject and the speaker as its
    apposition; the apposition that runs straight into the verb, with no comma closing it, speaks
    ("Ann Roe, a farmer, said" closes hers)."""
    if subj is None or subj.i + 1 >= len(subj.doc) or subj.nbor().text != "," or not _address_word(subj) \
            or any(not (t.is_space or t.head == subj and t.dep_ in ("compound", "amod"))  # (a blanked turn label is spaces;
                   for t in subj.doc[subj.sent.start:subj.i]):  # "Chief Constable," one address)
        return subj
    # ("Mayor, the board told us ...": parsed with two subjects, the second the speaker)
    second = next((c for c in verb.children if c.dep_ == "nsubj" and c.i > subj.i + 1), None)
    if second is not None and second.right_edge.i + 1 == verb.i:
        return second
    kids = [c for c in subj.children if c.dep_ not in ("punct", "compound") and not c.is_space]
    if len(kids) != 1 or kids[0].dep_ != "appos" or kids[0].right_edge.i + 1 != verb.i:
        return subj
    return kids[0]


def _address_word(tok) -> bool:
    """A title one addresses someone by ("Minister", "Chief Constable", "Mayor"), capitalised, no
    one's name: "Ann Roe, a farmer said" (a comma left out) is still Ann Roe's."""
    from index.vocabulary import vocabulary

    return tok.text[:1].isupper() and tok.ent_type_ != "PERSON" and vocabulary().is_role(tok.lower_)


def _participle_subject(verb):
    """"X, chairing a meeting on Monday, had directed ...": the parser gives the name to the
    participle between commas before the verb, and the verb none; the participle's subject is it."""
    for c in verb.children:
        if c.dep_ == "advcl" and c.tag_ == "VBG" and c.i < verb.i and c.i > 0 and c.doc[c.i - 1].text == ",":
            subj = next((x for x in c.children if x.dep_ == "nsubj" and x.i < c.i and x.pos_ in ("PROPN", "NOUN")), None)
            if subj is not None:
                return subj
    return None


def _fronted_apposition(verb):
    """"In a statement to ACB, a spokesperson for X said": the parser hangs the speaker on the
    outlet of the opening phrase as its apposition, and the verb is left without a subject; the
    apposition that ends just before the verb, after a comma, is it."""
    for prep in (c for c in verb.children if c.dep_ == "prep" and c.i < verb.i and c.i == c.sent.start):
        appos = next((t for t in prep.subtree if t.dep_ == "appos" and t.right_edge.i == verb.i - 1
                      and t.left_edge.i > prep.i and t.doc[t.left_edge.i - 1].text == ","), None)
        if appos is not None and appos.pos_ in ("NOUN", "PROPN"):
            return appos
    return None


def _note_asked(ctx: Context, verb, sno: int) -> None:
    """"HOST asks X whether ...": X, named as the object, is the one whose answer the next sentence gives."""
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "PROPN"), None)
    person = ctx.cast.known(obj.text) if obj is not None else None
    if person is not None:
        ctx.asked = (sno, person)


def _note_unnamed(ctx: Context, subj, span: Span, sno: int) -> None:
    """"One trader in X, who asked not to be named, ...": a single unnamed person, for the he or
    she of the next sentences (`speakers_np.speaker_of`)."""
    if subj.pos_ != "NOUN" or subj.tag_ != "NN" or not any(c.lower_ in ("one", "a", "an") and c.dep_ in ("det", "nummod") for c in subj.children):
        return
    clause = {t.i for c in subj.subtree if c.dep_ in ("relcl", "acl") for t in c.subtree}
    words = [t for t in subj.subtree if t.i not in clause and not t.is_punct and not (t.dep_ in ("det", "nummod") and t.head.i == subj.i)]
    ctx.unnamed = (sno, span.start + subj.idx, " ".join(t.text for t in words))
    ctx.unnamed_until = span.start + subj.right_edge.idx + len(subj.right_edge)


def _named_after_quote(verb, quoted: set[int]):
    """'"...," the union's general secretary, X, told reporters': the noun phrase between a closing
    quotation and its cue, when the parser hung it on the quotation and gave the cue no subject."""
    doc, k = verb.doc, verb.i - 1
    while k >= verb.sent.start and k not in quoted and verb.i - k <= 15:
        k -= 1
    if k < verb.sent.start or k not in quoted or verb.i - k < 2:
        return None
    between = [t for t in doc[k + 1:verb.i] if not t.is_punct]
    roots = [t for t in between if not (k < t.head.i < verb.i) and t.pos_ in ("NOUN", "PROPN")]
    return roots[0] if roots else None


def _inverted_after_quote(verb, quoted: set[int]):
    """'"...," fumed the mum-of-three.': the speaker after a cue that follows the quotation, which
    the parser takes for the cue's object; only when that phrase ends the sentence."""
    doc = verb.doc
    k = verb.i - 1
    while k >= verb.sent.start and doc[k].is_punct and k not in quoted:
        k -= 1
    if k < verb.sent.start or k not in quoted:
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)
    if obj is None:
        return _cue_as_modifier(verb)
    # '"...", declared the director, X, to our newspaper', '... X, during a press conference': the
    # listener or the occasion after the speaker is no object of the cue either (any other word
    # after the phrase makes it the cue's real object)
    after = {t.i for c in verb.children if c.dep_ == "prep" and c.i > obj.right_edge.i for t in c.subtree}
    # '..., declared the deputy mayor, X, during ...': the name the parser hung on the cue, not on the role
    names = [c for c in verb.children if c.dep_ in ("npadvmod", "appos", "dep") and c.pos_ == "PROPN"
             and c.i > obj.right_edge.i and doc[c.left_edge.i - 1].text == ","]
    after |= {t.i for c in names[:1] for t in c.subtree}
    if any(not t.is_punct and t.i not in after for t in doc[obj.right_edge.i + 1:verb.sent.end]):
        return None
    return names[0] if names else obj


def _cue_as_modifier(verb):
    """'„...“, criticised club chairwoman X.', '«...», lamented X, head of ...': after a closing mark
    and its comma (the European order), the parser takes the cue for an adjective of the speaker's
    phrase; that phrase is the speaker when it ends the sentence."""
    head = verb.head
    while head.dep_ == "compound" and head.head.i > head.i:  # "club chairwoman X": the name ends the phrase
        head = head.head
    if verb.dep_ not in ("amod", "compound", "nmod") or head.i <= verb.i or head.pos_ != "PROPN":
        return None
    if any(not t.is_punct for t in verb.doc[head.right_edge.i + 1:verb.sent.end]):
        return None
    return head


def _listener_toks(verb) -> set[int]:
    """"told reporters", "told the commission": the listener is neither speaker nor content."""
    out = set()
    for c in verb.children:
        if c.dep_ in ("dobj", "dative", "iobj") and verb.lower_.startswith(("tell", "told", "remind")):
            if (outlet := _outlet_before_subject(verb, c)) is not None:
                out.update(outlet)  # "told the Herald middlemen were paying": the paper listens, the middlemen do
                continue
            out.update(t.i for t in c.subtree)
            for clause in _told_clauses(c):
                out -= {t.i for t in clause.subtree}
    return out


def _outlet_before_subject(verb, obj) -> set[int] | None:
    """"told the Gazette traders were paying less": with no "that", the parser joins the paper told
    and the subject of what it was told into one object ("the Gazette traders") and leaves the
    clause subjectless. The determiner and the proper-noun modifiers are the listener (their
    indices); None unless the object is a common noun so modified before a subjectless clause."""
    if obj.dep_ != "dobj" or obj.pos_ != "NOUN":
        return None
    lefts = list(obj.lefts)
    names = [t for t in lefts if t.dep_ == "compound" and t.pos_ == "PROPN" and t.text[:1].isupper()]
    if not names or not lefts or lefts[0].dep_ != "det" or lefts[0].lower_ != "the" or names[-1].i != obj.i - 1 \
            or any(t.dep_ not in ("det", "compound") for t in lefts):
        return None
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > obj.i), None)
    if clause is None or any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in clause.children) \
            or any(t.dep_ == "mark" for t in clause.children):
        return None
    return {t.i for t in lefts}


def _told_clauses(listener) -> list:
    """"told the hearing he had seen X ...": the clause the parser hung on the listener as a
    relative one, with a subject of its own and no relative word, is what was told."""
    return [c for c in listener.children if c.dep_ == "relcl" and c.i > listener.i
            and any(s.dep_ in ("nsubj", "nsubjpass") and s.lower_ not in ("who", "which", "that", "whom") for s in c.children)
            and not any(t.tag_ in ("WDT", "WP", "WP$", "WRB") for t in c.subtree if t.i < c.i)]


def paragraph_statements(ctx: Context, doc, span: Span, paragraph: int, first_sentence: int,
                         prev_open: tuple[Raw, bool] | None) -> tuple[list[Raw], tuple[Raw, bool] | None]:
    """Statements of one paragraph, and the statement whose quotation it leaves open (or that
    ends it as a quotation), for the next paragraph to continue."""
    v = vocabulary()
    text = doc.text  # (spaCy joins every token on each read of Doc.text: read it once)
    qs, open_end = quote_spans(text)
    quoted = _quoted_tokens(doc, qs)
    per_sentence: list[list[Raw]] = []
    sents = list(doc.sents)
    pending: Raw | None = None  # "X, Chief Executive, commented:" closing the paragraph
    by_quote: dict[tuple[int, int], Raw] = {}
    for si, sent in enumerate(sents):
        sno = first_sentence + si
        cues = []
        for t in sent:
            if t.i in quoted:
                continue
            if t.lower_ == "according" and t.i + 1 < sent.end and doc[t.i + 1].lower_ == "to":
                cues.append(("according", t, None))
                continue
            if (holder := view_holder(t) or view_subject(t)) is not None:  # "In his view, ...": like "according to him"
                cues.append(("according", t, holder))
                continue
            got = _cue_form(t)
            if got:
                cues.append((got[0], t, got[1]))
        sent_raws: list[Raw] = []
        cue_toks = {t.i for _, t, _ in cues}
        # "According to Seran, the district had declared a drought emergency": an act the source
        # reports ("declared a status", no clause, no quotation), not words the district said
        # ("X agreed to fund the tests, according to Y": an undertaking Y reports is Y's account)
        mere_acts = {t.i for c, t, _ in cues if c != "according" and (not _reports_words(t, quoted) or _undertaking(t, quoted))} \
            if any(c == "according" for c, _, _ in cues) else set()
        for lemma, verb, _last in cues:
            if verb.i in mere_acts:
                continue
            if lemma == "according":
                if any(c != "according" and t.i not in mere_acts for c, t, _ in cues):
                    continue  # "According to the ministry, X told her ...": X's statement
                pobj = _last if _last is not None else next((c for c in doc[verb.i + 1].children if c.dep_ == "pobj"), None)
                if pobj is None:
                    continue
                group = speakers_of(ctx, pobj, span.start + pobj.idx, sno, conjuncts=False)
                if not group and (owner := _record_owner(pobj)) is not None:
                    group = speakers_of(ctx, owner, span.start + owner.idx, sno, conjuncts=False)
                if not group:
                    continue
                skip = {t.i for t in verb.subtree} | {verb.i, verb.i + 1} | {t.i for t in pobj.subtree}
                scope = next((a for a in verb.ancestors if a.dep_ == "relcl"), None)
                # ("the pack, which according to the association consists of seven wolves": the
                # relative clause is what the source says, not the sentence around it)
                toks = [t for t in (scope.subtree if scope is not None else sent) if t.i not in skip and not t.is_punct]
                if scope is not None and toks and toks[0].tag_ in ("WDT", "WP", "WRB"):
                    toks = toks[1:]
                if toks and verb.lower_ != "according" and toks[0].dep_ == "mark":
                    toks = toks[1:]  # "My view is that ...": what follows "that"
                if not toks:
                    continue
                content = Span(span.start + toks[0].idx, span.start + toks[-1].idx + len(toks[-1]))
                qtype = "direct" if all(t.i in quoted for t in toks) else ("mixed" if any(t.i in quoted for t in toks) else "indirect")
                sent_raws += [Raw(who, "said", content, qtype, _sent_span(span, sent), sno, paragraph, according=True)
                              for who in group]
                continue
            subj = _subject(verb)
            if subj is not None and subj.i in quoted:
                # '"... The books we have already taken out," she said': the parser takes the
                # quotation's fronted object for a second subject of the cue; the one outside speaks
                subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in quoted
                             and c.i > subj.i), None) or subj
            if subj is None or subj.i in quoted:
                subj = _named_after_quote(verb, quoted) or _inverted_after_quote(verb, quoted)
            lost = subj is None and (subj := _name_before_cue(verb, quoted)) is not None  # "litter warden X said"
            if subj is None:
                subj = _known_word_before_cue(ctx, verb, quoted)  # "Reinhardt said", the surname tagged an adverb
            if subj is None:
                continue
            if lemma == "put it" and not _that_clause(verb) and not _as_put_it(verb, quoted):
                continue  # "put it well to the staff: ..." is the colon credits' reading; "puts it to him that ..." is a statement
            if lemma in v.personal and not (subj.ent_type_ == "PERSON" or subj.lower_ in ("he", "she", "i", "we")):
                continue  # "The council has proposed going from X to Y": a body's plan, not words said
            if lemma in v.clause_acts and subj.lower_ in v.writer_roles:
                continue  # "Our correspondent observed that ...": the paper's own observation, no one's statement
            if any(c.dep_ == "auxpass" for c in verb.children):
                continue  # "was told", "is said to"
            if _told_what_to_say(verb):
                continue  # "she'd been told exactly what to say": words put to her, none she said
            if verb.tag_ == "VBN" and verb.dep_ == "advcl" and verb.i < verb.head.i:
                continue  # "Asked whether she regretted it, she said": the question put to her, not her words
            content_toks, qtype = _content(verb, sent, quoted, cue_toks, subj, doc[_last])
            readout = lemma in v.readout_acts and readout_act(verb) is not None
            if readout:  # "thanked the hosts for their support to ...": the thanks with its reason
                content_toks = readout_content(verb)
            if lost:  # (the parser hung the role before the name on the cue: the speaker's phrase, no content)
                content_toks = [t for t in content_toks if t.i > verb.i or t.i in quoted]
            if lemma in (DISSENT, RULING):  # the ruling the judge made, or would have made, is what they said
                content_toks = [t for t in verb.subtree if t.i not in {x.i for x in subj.subtree} and not t.is_punct]
            before = None
            act = v.past(lemma)
            if (not content_toks or lemma == "comment") and (refused := _refusal(verb)) is not None:
                # "declined to comment on the talks": the refusal is what was said
                content_toks = [t for t in refused.subtree if t.i >= refused.i and t.i not in quoted]
                while content_toks and content_toks[-1].is_punct:
                    content_toks.pop()
                act = f"{refused.lower_} {'to ' if verb.tag_ == 'VB' else ''}{verb.lower_}"  # "avoided commenting"
            if not content_toks:  # "a mistake he blamed on the new design": what the act is pinned on
                # ("warned on Tuesday against a hasty shooting": what the warning is against)
                prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ in ("on", "for", "against") and c.i > verb.i
                             and not any(t.ent_type_ in _DATE_LABELS for t in c.subtree) and not _on_a_channel(c)), None)
                if prep is None:  # "asking for the operator to refund tickets", parsed as a clause marked by "for"
                    prep = next((c for c in verb.children if c.dep_ in ("advcl", "ccomp") and c.i > verb.i
                                 and any(x.dep_ == "mark" and x.lower_ == "for" for x in c.children)), None)
                content_toks = [t for t in prep.subtree if not t.is_punct] if prep is not None else []
            if content_toks and si == len(sents) - 1 and _ends_in_colon(text, verb) \
                    and not any(t.pos_ in ("VERB", "AUX") or t.i in quoted for t in content_toks):
                # "explained the decision at the all-hands:": the object only names what the
                # quotation in the next paragraph says, which is the speaker's too
                pending = _opener(ctx, verb, subj, lemma, span, sent, sno, paragraph, quoted) or pending
            if not content_toks:
                before = _quote_just_before(sent, sents[si - 1] if si else None, qs)
                if before is None and si == len(sents) - 1 and _ends_in_colon(text, verb):
                    opener = _opener(ctx, verb, subj, lemma, span, sent, sno, paragraph, quoted)
                    if opener is not None:
                        pending = opener
                    continue
                if before is None:
                    continue  # "he had written to the manager", "would not concede": no content, no statement
            if lemma in v.events and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
                continue  # "had agreed on a 'mechanism'": the event itself; "agreed that ..." is a statement
            if v.is_weak(lemma) and qtype == "indirect" and not _has_clause(verb) and not _trailing_conj(verb, subj) and not readout:
                obj = next((c for c in verb.children if c.dep_ == "dobj"), None)
                if obj is None and _last != verb.i:  # "stood by his claim": the particle's object
                    obj = next((c for c in doc[_last].children if c.dep_ == "pobj"), None)
                at = _at_a_figure(verb, obj) if obj is not None else None
                if obj is None and _for_one_to_act(verb):
                    pass  # "asking for the utility to compensate growers": a request, with its clause
                elif lemma in ("call on", "plead with") and _to_act(verb, obj):
                    # "called on the minister with responsibility for water to intervene": whom, and to do what
                    # (a day phrase between them dates the call: "called on both parties on Monday to ...")
                    days = {x.i for p in verb.subtree if p.dep_ == "prep" and any(o.ent_type_ in _DATE_LABELS for o in p.children)
                            for x in p.subtree}
                    content_toks = [t for t in verb.subtree if obj.left_edge.i <= t.i and not t.is_punct and t.i not in days]
                elif obj is not None and lemma == "describe" and (called := _as_description(verb)) is not None:
                    # "described the change as a step backwards": the object and what it was called
                    content_toks = sorted({*obj.subtree, *called.subtree}, key=lambda t: t.i)
                elif at is not None:  # "estimated the damage at P18.6 million": the figure is what was said
                    content_toks = sorted({*content_toks, *at.subtree}, key=lambda t: t.i)
                elif obj is None or not (obj.lower_ in v.claim_nouns or (v.is_stance(lemma) and obj.pos_ == "NOUN")):
                    continue
            if v.is_tag(lemma) and not any(t.i in quoted for t in sent if t.i < verb.i) and not _that_clause(verb):
                continue  # "She smiles, then adds: ...": a gesture; '"...," Ryan laughed' and "quipped that ..." speak
            content_toks = _without_leading_time(content_toks)
            if content_toks and all(t.ent_type_ in _FIGURES or t.pos_ in ("NUM", "SYM") for t in content_toks) \
                    and not any(t.i in quoted for t in content_toks):
                continue  # "Quenundy Mining added 3.1%": a share price's move, no words
            if len(content_toks) == 1 and content_toks[0].tag_ in ("WP", "WDT"):
                continue  # "Here is what the director said": the words come after, in the speaker's own turn
            if len(content_toks) == 1 and content_toks[0].pos_ == "PRON" \
                    and any(c.dep_ == "neg" for c in (*verb.children, *(verb.head.children if verb.head is not verb else ()))):
                # "could not confirm them": a refusal to vouch for something, and nothing said; "I don't
                # think he has said it to anyone else": a doubt that he said it again, and nothing new
                continue
            said = f"{verb.lower_} {text[content_toks[0].idx:]}".lower() if content_toks else ""
            if content_toks and any(said.startswith(m) for m in v.anonymity_markers):
                _note_unnamed(ctx, subj, span, sno)
                continue  # "asked not to be identified": why a source is unnamed, not what it said
            group = speakers_of(ctx, subj, span.start + subj.idx, sno)
            if not group and (named := _name_before_cue(verb, quoted)) is not None:
                group = speakers_of(ctx, named, span.start + named.idx, sno)
            if not group:
                continue
            who = group[0]
            if lemma == "ask":
                _note_asked(ctx, verb, sno)
            if content_toks:
                a, b = content_toks[0].idx, content_toks[-1].idx + len(content_toks[-1])
                if text[a:b].count('"') % 2 and text[b:b + 1] == '"':
                    b += 1  # 'it "a trap"': the closing mark of a partial quote
                elif text[a:b].count('"') % 2 and text[b:b + 2] == ' "':
                    b += 2  # 'a port « worthy of the name »': a French closing mark after its space
                if (ref := _PARAGRAPH_REF.search(text, a, b)) is not None:
                    b = ref.start()  # a summary's reference to the judgment's paragraph is no one's words
                content, where = Span(span.start + a, span.start + b), _sent_span(span, sent)
            else:  # the quotation the sentence before ends with, cut from its cue after "?"" or "!""
                (a, b), prev = before
                content = Span(span.start + max(a, prev.start_char), span.start + b)
                where, qtype = Span(span.start + prev.start_char, span.start + sent.end_char), "direct"
            raw = Raw(who, act, content, qtype, where, sno - (before is not None), paragraph)
            # (a dissent's "would have allowed" is the judge's ruling of the day, no perfect)
            raw.perfect = lemma != DISSENT and any((c.dep_ == "aux" and c.lower_ in ("has", "have", "had", "'s", "'ve"))
                              or (c.dep_ == "advmod" and c.lower_ in v.undated_adverbs and c.i not in quoted)  # (not '"Not once," she said')
                              for c in verb.children)
            raw.times = _times(verb, subj, set(t.i for t in content_toks), quoted, span)
            inside = _act_days_inside(verb, quoted, span)
            raw.times = raw.times + [t for t in inside if t[0].start not in {sp.start for sp, _, _ in raw.times}]
            raw.act_days = frozenset(sp.start for sp, _, _ in inside)
            raw.cue = (verb.i, frozenset(t.i for t in content_toks),
                       frozenset(t.i for t in subj.subtree) if not any(a.i == subj.i for a in verb.ancestors) else frozenset())
            sent_raws.append(raw)
            sent_raws += [replace(raw, speaker=also) for also in group[1:]]  # "X and Y said": one each
            lo, hi = (min(t.idx for t in content_toks), max(t.idx for t in content_toks) + 1) if content_toks else (0, 0)
            for a, b in _overlapping(qs, lo, hi):
                if any(a <= t.idx < b for t in content_toks):
                    by_quote.setdefault((a, b), raw)
            if before is not None:
                by_quote.setdefault(before[0], raw)
        if si and any(r.sentence < sno for r in sent_raws):  # the cue of the quotation before: that sentence's
            per_sentence[si - 1] += [r for r in sent_raws if r.sentence < sno]
            sent_raws = [r for r in sent_raws if r.sentence == sno]
        per_sentence.append(_outer_only(sent_raws))
    for si, sent in enumerate(sents):  # sentences of quotations whose cue is elsewhere
        if per_sentence[si]:
            continue
        for a, b in _overlapping(qs, sent.start_char, sent.end_char):
            src = by_quote.get((a, b))
            if src is None:
                earlier = [r for rs in per_sentence[:si] for r in rs]
                if earlier and earlier[-1].quote_type != "indirect" and first_sentence + si - earlier[-1].sentence <= 2:
                    src = earlier[-1]
                elif earlier and _quote_follows_report(earlier[-1], first_sentence + si, a, sent):
                    src = earlier[-1]
                elif not earlier and prev_open is not None and prev_open[0].opens and a <= max(sents[0].start_char, len(text) - len(text.lstrip())) + 2:
                    # the quotation a cue paragraph announced: its first sentence is the cue's statement
                    lo, hi = _trimmed(text, max(a, sent.start_char), min(b, sent.end_char))
                    if hi - lo < 3:
                        continue
                    raw = replace(prev_open[0], content=Span(span.start + lo, span.start + hi), quote_type="direct",
                                  span=_sent_span(span, sent), sentence=first_sentence + si, paragraph=paragraph,
                                  cue=(), opens=False)
                    per_sentence[si].append(raw)
                    by_quote.setdefault((a, b), raw)
                    break
                elif not earlier and prev_open is not None and (prev_open[1] or a <= max(sents[0].start_char, len(text) - len(text.lstrip())) + 2):
                    src = prev_open[0]
                elif not earlier and si and a <= sent.start_char + 1:
                    src = _narrated(ctx, sents[si - 1], quoted, span, paragraph, first_sentence + si - 1, (a, b))
            if src is None:
                continue
            lo, hi = max(a, sent.start_char), min(b, sent.end_char)
            while hi > lo and text[hi - 1] in ' ,.;:"':
                hi -= 1
            if hi - lo < 3:
                continue
            raw = Raw(src.speaker, "said", Span(span.start + lo, span.start + hi), "direct",
                      _sent_span(span, sent), first_sentence + si, paragraph, continued=True)
            raw.perfect, raw.source = src.perfect, src.source or src
            per_sentence[si].append(raw)
            by_quote.setdefault((a, b), src)
            break
    out = [r for rs in per_sentence for r in rs]
    carry = out[-1] if out and (out[-1].quote_type != "indirect"
                                or _quote_follows_report(out[-1], first_sentence + len(sents), 0, None)) else None
    if pending is not None:
        carry, open_end = pending, False
    # each inner quotation after its sentence's own statements (a stable sort keeps their order)
    out = sorted(out + inner_quotes(ctx, doc, span, paragraph, first_sentence, qs), key=lambda r: r.sentence)
    return out, ((carry, open_end) if carry else None)


def _name_before_cue(verb, quoted: set[int]):
    """The person's name that ends right before the cue ('"...," parks director Lamar Oyelowo-Birch
    said'), when the parser lost it as the subject (it read "director" as a verb governing the name);
    only with nothing but the name's own noun phrase between the quotation and the cue."""
    if verb.i == 0 or verb.doc[verb.i - 1].ent_type_ != "PERSON":
        return None
    ent = next((e for e in verb.doc.ents if e.end == verb.i and e.label_ == "PERSON"), None)
    if ent is None:
        return None
    k = ent.start
    while k > verb.sent.start and verb.doc[k - 1].i not in quoted and verb.doc[k - 1].pos_ in ("NOUN", "PROPN", "ADJ", "VERB") \
            and verb.doc[k - 1].text[:1].isalpha():
        k -= 1
    gap = verb.doc[k - 1] if k > verb.sent.start else None
    if gap is not None and not (gap.i in quoted or gap.is_punct):
        return None  # another clause before the name: the parse may be right
    return ent.root


def _known_word_before_cue(ctx: Context, verb, quoted: set[int]):
    """The word right before a subjectless cue, opening its sentence or clause, when it is the name
    (or surname) of someone the article names: the small parser tags an unusual surname as an
    adverb or an adjective ("Reinhardt said the decision was not final")."""
    if verb.i == verb.sent.start:
        return None
    word = verb.doc[verb.i - 1]
    if word.i in quoted or not word.text[:1].isupper() or word.pos_ in ("PROPN", "NOUN", "PRON") or word.dep_ == "nsubj":
        return None
    if word.i > verb.sent.start and not (verb.doc[word.i - 1].is_punct or verb.doc[word.i - 1].i in quoted):
        return None
    return word if ctx.cast.known(word.text) is not None else None


def _ends_in_colon(text: str, verb) -> bool:
    """Nothing but a colon (and closing words of the cue: "said on Tuesday:") after the cue verb
    to the paragraph's end."""
    return text.rstrip().endswith(":") and ":" not in text[verb.idx:].rstrip()[:-1]


def _quote_follows_report(last: Raw, sno: int, quote_start: int, sent) -> bool:
    """Whether a quotation opening sentence `sno` (or the next paragraph, `sent` None) carries on the
    indirect statement of the sentence just before it: wire copy reports a named speaker ("X said
    on Monday that ...") and goes straight on with their quoted words, no verb of their own."""
    if last.quote_type != "indirect" or last.according or last.speaker.generic or sno - last.sentence != 1:
        return False
    return sent is None or quote_start <= sent.start_char + 1


def _opener(ctx: Context, verb, subj, lemma: str, span: Span, sent, sno: int, paragraph: int, quoted: set[int]) -> Raw | None:
    """The statement a cue paragraph announces, its content still to come."""
    if verb.i in quoted or any(t.i in quoted for t in sent):
        return None
    group = speakers_of(ctx, subj, span.start + subj.idx, sno)
    if not group:
        return None
    raw = Raw(group[0], vocabulary().past(lemma), _sent_span(span, sent), "direct", _sent_span(span, sent), sno, paragraph,
              opens=True)
    raw.perfect = any(c.dep_ == "aux" and c.lower_ in ("has", "have", "had") for c in verb.children)
    raw.times = _times(verb, subj, set(), quoted, span)
    return raw


def _trimmed(text: str, lo: int, hi: int) -> tuple[int, int]:
    while hi > lo and text[hi - 1] in ' ,.;:"':
        hi -= 1
    return lo, hi


def _refusal(verb):
    """The "declined" of "declined to comment" (a verb of the vocabulary's `refusal_verbs`, as the
    answerers read them), when `verb` is the comment refused; else None."""
    head = verb.head
    if verb.dep_ == "xcomp" and head.i != verb.i and verb.i > head.i and _lemma(head) in vocabulary().refusal_verbs:
        return head
    return None


def _withheld(tok) -> bool:
    """The "give" of "declined to give a figure", "refuses to give that commitment": a giving verb
    whose object is words or a figure (the vocabulary's `withheld_nouns`), under a refusal verb."""
    v = vocabulary()
    return tok.dep_ == "xcomp" and tok.lower_ in v.giving_verbs and tok.head.i < tok.i \
        and any(c.dep_ == "dobj" and c.lower_ in v.withheld_nouns for c in tok.children) \
        and _lemma(tok.head) in v.refusal_verbs


def _lemma(tok) -> str:
    # The ledger's parse runs without the lemmatizer (index/statements/nlp.py); its rules are
    # asked for this one token, seldom (a cue with a verb above it).
    return pipeline().get_pipe("lemmatizer").rule_lemmatize(tok)[0].lower()


def _narrated(ctx: Context, prev, quoted: set[int], span: Span, paragraph: int, sno: int,
              quote: tuple[int, int]) -> Raw | None:
    """A quotation with no cue that follows, in its paragraph, a sentence narrating what one named
    person did ("Mallory led the campaign for six years. "We had no money ...""): that person's
    words (as a cue-less quotation after a quoted speaker is that speaker's)."""
    root = prev.root
    if root.i in quoted or _cue_form(root) is not None or any(t.i in quoted for t in prev):
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or not (subj.pos_ == "PROPN" or subj.lower_ in ("he", "she")):
        return None
    group = speakers_of(ctx, subj, span.start + subj.idx, sno, conjuncts=False)
    if len(group) != 1 or group[0].person is None:
        return None
    return Raw(group[0], "said", Span(span.start + quote[0], span.start + quote[1]), "direct",
               _sent_span(span, prev), sno, paragraph)


def _without_leading_time(toks: list) -> list:
    """"said on Tuesday it would open ...": the parser hung the day on the reported clause, but a
    time phrase that opens an unquoted clause dates the saying; it is no part of what was said."""
    if len(toks) > 3 and toks[0].dep_ == "prep" and toks[0].lower_ in ("on", "late", "early") and toks[1].ent_type_ == "DATE":
        k = 1
        while k < len(toks) and toks[k].ent_type_ == "DATE" and toks[k].i == toks[k - 1].i + 1:
            k += 1
        if k < len(toks) and toks[k].dep_ in ("nsubj", "nsubjpass", "expl"):
            return toks[k:]
    return toks


def _quote_just_before(sent, prev, qs) -> tuple[tuple[int, int], object] | None:
    """The quotation that ends right where `sent` starts ("... be different?" Arantes said."), and
    the sentence it ends: the parser cut the cue from its quote after a question or exclamation mark."""
    if prev is None:
        return None
    for a, b in _overlapping(qs, prev.start_char, sent.start_char + 1):
        # (prev's own text, not Doc.text: spaCy joins every token of the paragraph on each read)
        if prev.start_char < b <= sent.start_char and not prev.text_with_ws[b + 1 - prev.start_char:sent.start_char - prev.start_char].strip():
            return (a, b), prev
    return None


def _outer_only(raws: list[Raw]) -> list[Raw]:
    """Drop cues that are part of another statement of the sentence: one inside another's
    subject ("a diplomat, who asked not to be named, said"), or a body's or unnamed source's
    inside another's content ("X said the company had asked ..."). A named person's act
    reported by another ("Varnholt said Tomasek had claimed ...") stays a statement."""
    keep = []
    for r in raws:
        if r.cue:
            verb = r.cue[0]
            inside = [o for o in raws if o.cue and o.cue[0] != verb and (verb in o.cue[1] or verb in o.cue[2])
                      and not (verb in o.cue[1] and o.speaker.name == r.speaker.name)]  # ", stressing": the reporter's own
            if inside and (r.speaker.person is None or any(
                    verb in o.cue[2] and o.speaker.name == r.speaker.name for o in inside)):
                continue
        keep.append(r)
    return keep


def _sent_span(span: Span, sent) -> Span:
    return Span(span.start + sent.start_char, span.start + sent.end_char)


_PARAGRAPH_REF = re.compile(r"\s*\[\d{1,4}\]?$")


_SUBORDINATORS = frozenset({"until", "till", "before", "after", "when", "while", "because", "unless", "since", "once"})


def _perfect(verb) -> bool:
    """"She had asked for eight years", "has asked for a meeting": a finite perfect, not a participle
    of purpose or a passive ("a date asked for by")."""
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("had", "has", "have", "'d", "'s", "'ve")
                                      for c in verb.children) and not any(c.dep_ == "auxpass" for c in verb.children)


def _as_put_it(verb, quoted) -> bool:
    """"As one grower put it to us, "...": the quotation after the clause is the one who put it."""
    return any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children) and any(i > verb.i for i in quoted)


def _that_clause(verb) -> bool:
    """A finite clause reported after `verb`, not a question it weighs ("considers whether ...")."""
    return any(c.dep_ == "ccomp" and c.i > verb.i and not any(m.dep_ == "mark" and m.lower_ in ("whether", "if") for m in c.children)
               for c in verb.children)


def _on_a_channel(prep) -> bool:
    """"replied on Instagram", "hit back on her Telegram channel": where the words went out, not
    what they were about."""
    channels = vocabulary().channels
    return any(o.lower_ in channels or _text_of(o).lower() in channels for o in prep.children if o.dep_ == "pobj")


def _text_of(tok) -> str:
    return " ".join(t.text for t in tok.subtree if t.dep_ not in ("det", "poss"))


def _at_a_figure(verb, obj):
    """The "at" phrase that gives an object its figure ("estimated the damage at P18.6 million",
    "put the cost at $4 million"), on the verb or on its object; None without a number in it."""
    for prep in (c for t in (verb, obj) for c in t.children if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i):
        if any(t.like_num or t.ent_type_ in ("MONEY", "CARDINAL", "PERCENT", "QUANTITY") for t in prep.subtree):
            return prep
    return None


def _for_one_to_act(verb) -> bool:
    """"asking for the utility to compensate growers": a "for" phrase whose noun takes an
    infinitive, the request's clause in another shape."""
    def infinitive(a) -> bool:
        return a.tag_ in ("VB", "VBN") and any(x.dep_ == "aux" and x.lower_ == "to" for x in a.children)

    return any(c.i > verb.i and (
        (c.dep_ == "prep" and c.lower_ == "for" and any(a.dep_ in ("acl", "relcl") and infinitive(a)
                                                       for o in c.children if o.dep_ == "pobj" for a in o.children))
        # ("for the operator to refund": parsed as a clause marked by "for")
        or (c.dep_ in ("advcl", "ccomp") and infinitive(c) and any(x.dep_ == "mark" and x.lower_ == "for" for x in c.children)))
        for c in verb.children)


def _to_act(verb, obj) -> bool:
    """Whether an infinitive follows the one called on ("called on the minister with responsibility
    for water to intervene": parsed on the nearest noun), what they are to do."""
    return obj is not None and obj.ent_type_ not in _DATE_LABELS and any(
        t.i > obj.i and t.dep_ in ("acl", "relcl", "advcl") and t.tag_ == "VB"
        and any(x.dep_ == "aux" and x.lower_ == "to" for x in t.children) for t in verb.subtree)


def _record_owner(pobj):
    """The body whose records a source phrase names ("the wolf monitoring of the state hunting
    association", "figures of the ministry"): the object of its "of"."""
    of = next((c for c in pobj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _reports_words(verb, quoted: set[int]) -> bool:
    """Whether a cue reports words (a clause, a quotation), not only an act done ("declared a status")."""
    return _has_clause(verb) or any(t.i in quoted for t in verb.subtree)


def _undertaking(verb, quoted: set[int]) -> bool:
    """Whether a cue's only clause is an infinitive ("agreed to fund", "promised to repair"): a
    commitment made, with no words of its own reported."""
    kids = list(verb.children)
    return not any(c.dep_ == "ccomp" for c in kids) and not any(t.i in quoted for t in verb.subtree) and any(
        c.dep_ == "xcomp" and any(a.lower_ == "to" and a.dep_ == "aux" for a in c.children) for c in kids)


def _as_description(verb) -> bool:
    """What the verb calls its object: "as unworkable" (an adjective the parser hangs on it with
    "as"), "as a betrayal" (a prepositional "as"); else None."""
    return next((c for c in verb.children if c.i > verb.i and (
        (c.dep_ == "prep" and c.lower_ == "as" and any(o.dep_ == "pobj" for o in c.children))
        or (c.dep_ in ("advcl", "acomp", "oprd", "xcomp") and any(a.lower_ == "as" for a in c.children)))), None)


def _has_clause(verb) -> bool:
    return any(c.dep_ in ("ccomp", "xcomp") or (c.dep_ == "prep" and c.lower_ == "of") for c in verb.children)


def _content(verb, sent, quoted: set[int], cue_toks: set[int], subj, last=None) -> tuple[list, str]:
    """The tokens of what `verb` reports (`last`: the cue's last word, "for" of "called for"),
    and the quote type."""
    subj_toks = {t.i for t in subj.subtree}
    if any(a.i == subj.i for a in verb.ancestors):  # "X, who said ...": the clause is not X's phrase
        subj_toks -= {t.i for t in verb.subtree}
    others = set()
    for t in sent:
        if t.i in cue_toks and t.i not in quoted and t.head.i == verb.i and t.dep_ in ("advcl", "conj", "xcomp"):
            others.update(x.i for x in t.subtree)  # "..., calling it", "... and warned": statements of their own
        # ("ordered that it stop until a committee reports, orally remarking that ...": a participle
        # deeper in the clause, after its comma, is its own statement too)
        elif t.i in cue_toks and t.i not in quoted and t.i > verb.i and t.tag_ == "VBG" and t.dep_ == "advcl" \
                and t.head.i != verb.i and t.i > 0 and sent.doc[t.left_edge.i - 1].text == "," \
                and any(a.i == verb.i for a in t.ancestors):
            others.update(x.i for x in t.subtree)
    relays = vocabulary().relay_participles
    for t in sent:  # ", quoted by the agency X": who relayed the words, not what was said
        if t.tag_ == "VBN" and t.lower_ in relays and any(c.dep_ == "agent" for c in t.children) and t.i not in quoted \
                and not any(c.dep_ == "auxpass" for c in t.children):  # ("was quoted by" is a cue's own sentence)
            others.update(x.i for x in t.subtree)
    listener = _listener_toks(verb)
    # (a quotation's closing comma hangs on the cue: punctuation alone is no quoted content)
    q_in = [t for t in verb.subtree if t.i in quoted and t.i not in subj_toks and t.i not in others and not t.is_punct]
    if all(t.dep_ == "mark" and t.i < verb.i for t in q_in):
        q_in = []  # '"I understand that," X said': the quotation's last word taken for the cue's "that"
    clause = []
    inset = _inset_cue_clause(verb, subj, others)
    for c in [] if inset else verb.children:
        if last is not None and c.i == last.i != verb.i and c.dep_ == "dobj":  # "gave evidence that ...": the act's
            clause.extend(t for t in c.subtree if t.i > c.i and t.i not in others)  # own noun is no content
        elif c.dep_ in _CONTENT_DEPS or (c.dep_ == "prep" and c.lower_ == "of") or (c.dep_ in ("dobj", "oprd") and c.i not in listener):
            clause.extend(t for t in c.subtree if t.i not in others and t.i not in subj_toks and t.i not in listener)
        elif c.dep_ == "prep" and c.lower_ in ("against", "about", "over") and any(
                d.dep_ == "dobj" and d.i not in listener and d.i < c.i for d in verb.children):
            # "warned members against intimidation": what they were warned of goes with whom
            clause.extend(t for t in c.subtree if t.i not in others and t.i not in subj_toks)
    clause.extend(inset or ())
    if verb.lower_.startswith(("tell", "told")) and not inset:
        clause.extend(t for c in verb.children if c.dep_ in ("dobj", "dative", "iobj") for rc in _told_clauses(c)
                      for t in rc.subtree if t.i not in others)
    if last is not None and last.i != verb.i and last.dep_ == "prep":  # "called for calm": what the particle takes
        clause.extend(t for c in last.children if c.dep_ == "pobj" for t in c.subtree if t.i not in others)
    if not clause and not q_in:  # "noted at the start of the talks that ...": the parser hung the
        # that-clause on the noun of the phrase between; it is still what was noted
        mark = next((t for t in verb.subtree if t.dep_ == "mark" and t.lower_ == "that" and t.i > verb.i
                     and (t.head.dep_ in ("acl", "relcl") or _under_placing_participle(t.head))
                     and t.i not in subj_toks and t.i not in others), None)
        if mark is not None:
            clause = [t for t in mark.head.subtree if t.i not in others]
        elif (written := reported_clause(verb, others, subj_toks)) is not None:
            clause = written  # "wrote in the letter that the school would not appeal"
        elif (bare := next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that" and c.i > verb.i
                            and not any(x.pos_ in ("VERB", "AUX") and x.dep_ in ("ccomp", "advcl") for x in c.children)), None)) is not None:
            # "told the station this morning that around 60 of the boats had not gone out": the parser
            # lost the clause and hung its "that" on the cue; the clause runs to the sentence's end
            clause = [t for t in sent if t.i > bare.i and t.i not in others and t.i not in subj_toks]
        elif verb.dep_ == "parataxis" and verb.head.i < verb.i and verb.head.i not in quoted or _trailing_conj(verb, subj):
            # "A deal could be announced next week, one of the people said": the parser hangs the
            # cue on the clause it reports, which comes before it
            clause = [t for t in verb.head.subtree if t.i < verb.left_edge.i and t.i not in others]
        elif verb.dep_ == "parataxis" and verb.head.i not in quoted and verb.right_edge.i < verb.head.i:
            # "The data, the authors write, shows ...": a cue set inside the clause it reports
            clause = [t for t in verb.head.subtree if not verb.left_edge.i <= t.i <= verb.right_edge.i
                      and t.i not in others and not t.is_punct]
    if not q_in:
        q_in = [t for t in sent if t.i in quoted]
        if q_in and len([1 for t in sent if t.i in cue_toks and t.i not in quoted]) > 1:
            mine = {x.i for x in verb.subtree} - others
            if verb.dep_ == "parataxis" and verb.head.i in quoted:  # '"We discussed it," he said, referencing ...':
                mine |= {x.i for x in verb.head.subtree if x.i in quoted}  # the cue hangs on the quotation
            q_in = [t for t in q_in if t.i in mine]
    clause_free = [t for t in clause if t.i not in quoted and not t.is_punct]
    toks = sorted({t.i: t for t in q_in + clause}.values(), key=lambda t: t.i)
    toks = [t for t in toks if not (t.is_punct and t.text != "%") and not t.is_space]  # (a blanked dateline)
    if toks and toks[0].lower_ == "that" and toks[0].dep_ == "mark":
        toks = toks[1:]
    if q_in and clause_free and len(clause_free) > 2:
        return toks, "mixed"
    if q_in:
        return toks, "direct"
    return toks, "indirect"


def _under_placing_participle(head) -> bool:
    """"said in a notice posted on its community page yesterday that ...": the parser hangs the clause
    on the participle that places the notice (a subjectless "posted" modifying a noun), not on the cue."""
    p = head.head
    return head.dep_ == "ccomp" and p.dep_ == "acl" and p.tag_ == "VBN" \
        and not any(c.dep_ in ("nsubj", "nsubjpass") for c in p.children)


def _inset_cue_clause(verb, subj, others: set[int]) -> list:
    """The clause a cue set between commas inside it reports: "at 12-9, several coaches told the site,
    the team could fall to sixth" (the parser hangs the cue on "fall" as a clause of its own, and may
    give it the sentence's earlier clause as its object). Empty unless the cue sits so."""
    bounds = _inset_bounds(verb, subj)
    if bounds is None:
        return []
    return [t for t in verb.head.subtree if t.i > bounds[1] + 1 and t.i not in others and not t.is_punct]


def _inset_bounds(verb, subj) -> tuple[int, int] | None:
    """(first, last) token of a cue set between commas before the clause it reports, or None."""
    head, doc = verb.head, verb.doc
    if verb.dep_ not in ("advcl", "parataxis") or head.i <= verb.i or head.pos_ not in ("VERB", "AUX") or subj is None \
            or subj.i > verb.i:  # ("Replying on Instagram, X said ...": a fronted participle, its subject the clause's)
        return None
    left = subj.left_edge.i
    right = max([verb.i] + [c.right_edge.i for c in verb.children if c.i > verb.i and c.dep_ in ("dobj", "dative", "prep", "npadvmod")])
    if left < 1 or doc[left - 1].text != "," or right + 1 >= len(doc) or doc[right + 1].text != "," or right >= head.i \
            or any(c.dep_ in _CONTENT_DEPS and c.i > verb.i for c in verb.children):
        return None
    return left, right


def _trailing_conj(verb, subj) -> bool:
    """"Families lost their harvest and are asking for credit, the mayor, X, informed this Tuesday",
    "The board ... has contacted two search firms, said the people": a cue with a subject of its
    own, set after a comma at the end of the clause it reports, which the parser joins to that
    clause as its conjunct."""
    if verb.dep_ != "conj" or verb.head.i > verb.i or subj.head.i != verb.i or verb.head.dep_ != "ROOT":
        return False
    # "..., the mayor, X, informed", or inverted: "..., said the people, who asked ..."
    edge = subj.left_edge.i if subj.i < verb.i else verb.i
    if edge == 0 or verb.doc[edge - 1].text != ",":
        return False
    return not any(c.dep_ in ("dobj", "ccomp", "xcomp", "conj") for c in verb.children if c.i > verb.i)


def names_a_thing(ent) -> bool:
    """A day word capitalised inside a sentence is part of a name ("the BBC's Today programme",
    "the Tomorrow Fund"), not a time."""
    return ent.text.lower() in ("today", "tomorrow", "yesterday", "tonight") and ent.text[:1].isupper() \
        and ent.start != ent.sent.start


def _in_a_message(prep) -> bool:
    """"In a post on Facebook on Saturday, X wrote": the day of a message the cue's verb is said
    in (a written medium, up a chain of prepositions) is the day of the saying."""
    media = vocabulary().written_media | {"statement", "video", "interview", "broadcast", "story"}
    t = prep.head
    for _ in range(3):
        if t.pos_ == "PROPN" and t.dep_ == "pobj":  # "on Facebook": the platform, then the message
            t = t.head.head
            continue
        if t.lower_ in media and t.dep_ == "pobj" and t.head.dep_ == "prep":  # (the parse has no lemmas)
            return t.head.head.pos_ in ("VERB", "AUX")
        return False
    return False


def _modifies_a_verb(tok) -> bool:
    """"said on Tuesday", "Tuesday's hearing", not "the November 9 agreement" (a date naming a thing)."""
    if tok.dep_ in ("npadvmod", "advmod", "tmod", "ROOT"):
        return True
    if tok.dep_ == "pobj":
        return tok.head.head.pos_ in ("VERB", "AUX") or tok.head.dep_ in ("prep", "advmod") or _in_a_message(tok.head)
    if tok.dep_ == "poss":  # "After Thursday's hearing"
        return True
    if tok.dep_ in ("compound", "nmod", "amod") and tok.head.dep_ == "pobj":  # "during a January 17 phone call"
        return tok.head.head.head.pos_ in ("VERB", "AUX") or (tok.head.ent_type_ in _DATE_LABELS and tok.head.head.dep_ == "prep"
                                                         and _in_a_message(tok.head.head))  # "on Saturday evening"
    if tok.dep_ == "compound" and tok.head.ent_type_ in _DATE_LABELS and tok.head.i != tok.i:
        return _modifies_a_verb(tok.head)  # "yesterday afternoon": the day of a part of it
    if tok.dep_ == "dobj" and tok.lower_ in ("morning", "afternoon", "evening", "night") and tok.head.pos_ == "VERB":
        return True  # "Speaking yesterday evening": a part of a day read as the verb's object
    prev = tok.doc[tok.i - 1] if tok.i else None
    if tok.dep_ == "compound" and prev is not None and prev.dep_ == "prep" and prev.head.pos_ in ("VERB", "AUX") \
            and not any(c.dep_ == "pobj" for c in prev.children):
        return True  # "On Tuesday Mayor X said": the day parsed into the title after it
    return tok.dep_ in ("appos", "conj")


def _will(verb) -> bool:
    return any(c.lower_ in ("will", "'ll", "shall") for c in verb.children)


def _act_days_inside(verb, quoted: set[int], span: Span) -> list[tuple[Span, str, bool]]:
    """A day the verb itself takes after its object, which the content's span runs over: "announced
    the pause Nov. 27 in a news release that gave ...": the announcing's day, not the reported words'."""
    out = []
    for ent in _dates_on(verb):
        root = ent.root
        on = root.dep_ == "pobj" and root.head.lower_ == "on" and root.head.head.i == verb.i  # "on 3 March"
        first = root.head.i if on else ent.start
        # (right after the object's noun: "denied a report in the daily X last week" dates the report)
        if ent.label_ == "DATE" and (root.dep_ == "npadvmod" and root.head.i == verb.i or on) \
                and root.i not in quoted and not names_a_thing(ent) and any(c.dep_ == "dobj" and c.i == first - 1 for c in verb.children):
            out.append((Span(span.start + ent.start_char, span.start + ent.end_char), ent.text, False))
    return out


def _dates_on(verb) -> list:
    """The entities whose root is the verb's own `npadvmod` or the object of its "on": read from the
    verb's children, not the whole document's entities (a paragraph pasted without breaks is one
    document, and every verb of it would read all of them)."""
    doc, out = verb.doc, []
    roots = [c for c in verb.children if c.dep_ == "npadvmod"]
    roots += [p for c in verb.children if c.lower_ == "on" for p in c.children if p.dep_ == "pobj"]
    for root in roots:
        if not root.ent_type_:
            continue
        start = root.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = root.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        ent = doc[start:end]
        if ent.root.i == root.i:
            out.append(doc.char_span(ent.start_char, ent.end_char, label=root.ent_type_) or ent)
    return sorted(out, key=lambda e: e.start)


def _times(verb, subj, content: set[int], quoted: set[int], span: Span) -> list[tuple[Span, str, bool]]:
    """Time phrases of the act itself: in the cue's clause or its subject's description, never in
    the content or a quotation; also those modifying the verbs the cue's clause hangs on."""
    # ("said, adding that the school year opens in June": June is the added words', not the saying's)
    # ("is demanding a plan and will meet the management on 20 June": the meeting's day, still to come)
    other_acts = {x.i for c in verb.children if c.dep_ in ("advcl", "conj", "xcomp") and c.i > verb.i
                  and (_cue_form(c) or c.dep_ == "conj" and _will(c)) for x in c.subtree}
    region = [t for t in verb.subtree if t.i not in content and t.i not in quoted and t.i not in other_acts]
    if (inset := _inset_bounds(verb, subj)) is not None:  # (what the parser hung on an inset cue is the clause's)
        region = [t for t in region if inset[0] <= t.i <= inset[1]]
    region += [t for t in subj.subtree if t.i not in quoted and t.i not in content]
    if _medium_sender(verb) is not None:  # "in an email dated 4 June to say that ...": the email's day
        own = {t.i for t in verb.subtree}
        region += [t for t in verb.head.subtree if t.i not in own and t.i not in quoted and t.i not in content]
    anc = verb
    # ("X, who says he has worked there for years, posted a thread on Monday": a standing claim in the
    # present, not said on the day of the act it describes its speaker by)
    # (a cue set inside the clause it reports, "at 12-9, two coaches told us, the team could fall": that
    # clause's days are the words', not the telling's)
    for _ in range(0 if verb.dep_ == "relcl" and verb.tag_ in ("VBZ", "VBP") or inset else 3):
        # "Two days earlier, the inquiry heard from X, who said ..."
        # ("X, chairing a meeting on Monday, had directed ...", parsed with the verb a `dep` of the participle)
        # ("wrote to members in an email dated 4 June to say that ...": the infinitive's act is the writing's)
        if anc.dep_ in ("relcl", "conj", "advcl") or (anc.head.pos_ in ("NOUN", "PROPN") and anc.dep_ == "relcl") \
                or (anc is verb and anc.dep_ == "xcomp" and anc.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in anc.children)) \
                or (anc.dep_ == "dep" and anc.head.tag_ == "VBG" and anc.head.i < anc.i):
            anc = anc.head
            while anc.pos_ not in ("VERB", "AUX") and anc.head.i != anc.i:
                anc = anc.head
            if _will(anc) or any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in anc.children):
                continue  # ("she would raise it at a meeting on June 18 and had asked ...": a day still to come)
            region += [t for c in anc.children if c.dep_ in ("npadvmod", "prep", "advmod") for t in c.subtree
                       if t.i not in quoted and t.i not in content]
        else:
            break
    # "X, who will travel to Oslo on Friday, said on Tuesday": a relative clause about the
    # speaker dates another event, unless it is the speaking itself ("who spoke on Monday")
    aside = {x.i for t in region if t.dep_ == "relcl" and verb not in t.subtree and not _cue_form(t)
             and not t.lower_.startswith(("spok", "speak", "address", "testif", "brief")) for x in t.subtree}
    region = [t for t in region if t.i not in aside]
    seen, out = set(), []
    future = any(c.lower_ in ("will", "'ll", "shall") for c in verb.children)
    doc = verb.doc
    in_region = {t.i for t in region}
    for t in sorted(region, key=lambda t: t.i):
        if t.i in seen:
            continue
        if t.ent_type_ in _DATE_LABELS:
            ent = next((e for e in doc.ents if e.start <= t.i < e.end), None)
            if ent is not None and ent.end - ent.start > 1 and doc[ent.start].pos_ == "PRON" and doc[ent.start].dep_ == "dobj":
                ent = doc[ent.start + 1:ent.end]  # "disclosed this yesterday": the pointer is what was said, not the day
            if ent is None or "year-old" in ent.text or not _modifies_a_verb(ent.root) or names_a_thing(ent):
                continue
            ent = _with_weekday(doc, ent)  # "last week" + "Friday": one day, "last week Friday"
            seen.update(range(ent.start, ent.end))
            first = doc[ent.start - 1] if ent.start and doc[ent.start - 1].dep_ == "prep" \
                and ent.root.head.i == ent.start - 1 else doc[ent.start]  # "on Tuesday", as written
            out.append((Span(span.start + first.idx, span.start + ent.end_char), doc[first.i:ent.end].text, future))
        elif t.dep_ == "npadvmod" and t.pos_ == "NOUN" and t.ent_type_ not in _FIGURES:
            # "the following day", which NER misses ("fell 11.4%" is a figure, no day)
            sub = [x for x in t.subtree if x.i in in_region]
            # ("..., a plan first proposed in 2021": a noun the parse hung on the verb, described by a
            # clause of its own, is an aside about a thing, not the saying's time)
            if sub and not any(x.i in seen for x in sub) and not any(x.pos_ in ("VERB", "AUX") and x.dep_ in ("acl", "relcl") for x in sub):
                seen.update(x.i for x in sub)
                a, b = sub[0], sub[-1]
                out.append((Span(span.start + a.idx, span.start + b.idx + len(b)), doc[a.i:b.i + 1].text, future))
    return out


_WEEK = re.compile(r"(?:last|this|next)\s+week", re.I)


def _with_weekday(doc, ent):
    """A "last week" the parser names apart from the weekday after it ("told reporters last week
    Friday", as Caribbean and West African papers write "Friday of last week"): the two as one."""
    k = ent.end
    if k < len(doc) and _WEEK.fullmatch(ent.text) and doc[k].ent_type_ in _DATE_LABELS and doc[k].lower_ in WEEKDAYS:
        return doc[ent.start:k + 1]
    return ent


def _role_holder(ctx: Context, who: Speaker) -> Speaker:
    """"The councillor told us, '...'" inside a resident's quotation: the one person the article
    gives that job, before or after (the councillor named in the next paragraph); else as written."""
    if who.person is not None:
        return who
    words = who.as_written.lower().split()
    if not words or words[0] not in ("the", "our", "their", "your", "my") or not vocabulary().is_role(words[-1]):
        return who
    holders = {id(p): p for p in ctx.cast.people if words[-1] in p.roles}
    if len(holders) != 1:
        return who
    p = next(iter(holders.values()))
    return Speaker(p.name, who.as_written, person=p)


# A quotation inside a quotation, in single marks: '... the chief told me, 'We have lost the
# east wing,' and I knew ...'. An apostrophe inside a word ("don't") opens or closes none.
_INNER = re.compile(r"(?<![\w'])'(?=[A-Za-z])(?P<q>(?:[^'\"]|(?<=[A-Za-z])'(?=[A-Za-z])){3,}?[^\s',;:])[,;:]?'(?![A-Za-z])")


def inner_quotes(ctx: Context, doc, span: Span, paragraph: int, first_sentence: int, qs) -> list[Raw]:
    """Statements quoted by a speaker inside another's quotation: the inner speaker's words
    (the subject of a speech act inside the outer quotation that governs the inner one). The
    quoted speaker's own "I told them, '...'" is left to the outer statement."""
    text = doc.text
    out: list[Raw] = []
    sents = list(doc.sents)
    for a, b in qs:
        for m in _INNER.finditer(text, a, b):
            lo, hi = m.start("q"), m.end("q")
            inner = [t for t in doc if lo <= t.idx < hi]
            if not inner:
                continue
            inner_ids = {t.i for t in inner}
            sent = inner[0].sent
            for verb in (t for t in sent if a <= t.idx < b and t.i not in inner_ids and t.i < inner[0].i):
                got = _cue_form(verb)
                if not got or not (inner[0].i - got[1] <= 4 or any(t.i in inner_ids for t in verb.subtree)):
                    continue
                subj = _subject(verb)
                if subj is None or subj.i in inner_ids or subj.lower_ in ("i", "we") or not a <= subj.idx < b:
                    continue
                group = speakers_of(ctx, subj, span.start + subj.idx, first_sentence + sents.index(sent))
                if group:
                    sno = first_sentence + sents.index(sent)
                    # (its span the inner words alone: the sentence around them is the outer speaker's)
                    out += [Raw(_role_holder(ctx, who), vocabulary().past(got[0]), Span(span.start + lo, span.start + hi), "direct",
                                Span(span.start + lo, span.start + hi), sno, paragraph) for who in group]
                break
    return out
