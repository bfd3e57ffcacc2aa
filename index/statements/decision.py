"""A decision written in the first person by the one who decides it, signed only at its end.

An ombudsman's final decision, an adjudicator's or tribunal member's ruling, a planning
inspector's appeal decision: "I've listened to the call ... I don't think she should ... My
final decision is that I uphold this complaint", under headings ("The complaint", "What
happened", "What I've decided - and why", "Putting things right"), with the decider named only in
the signature block (`signature_block.py`: "Ana Ruiz / Ombudsman"). No speech verb names the
decider, so:

- every sentence in the first person singular (outside quotation marks) is the decider's;
- from the first heading of the decider's own part (`decision_headings`: "What I've decided",
  "Reasons", "Putting things right") to the end, every sentence is the decider's ("The firm
  should refund the £600 and pay £100"), save one that tells what another said or thought
  ("Mr H told us ...", "she says no");
- a party's position, told with a verb of thinking or refusing and no speech verb ("Our
  investigator thought the firm should refund", "The firm refused to refund the rest"), is that
  party's statement.

The decider's statements carry no day of their own: the decision's date when the document has
one, else none (not the day of an event their sentence names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date

from index.models import Article, Span, Statement
from index.statements.attribution import Raw, quote_spans
from index.statements.author import byline_author
from index.statements.nlp import worded_sentences
from index.statements.signature_block import Signature, closing_signature
from index.statements.speakers_np import Speaker, full_body, speaker_of
from index.textnorm import fold
from index.vocabulary import vocabulary

_FIRST = {"i", "me", "my", "mine", "myself"}
_MIN_FIRST = 3  # first-person sentences a decision holds at least


@dataclass
class Ruling:
    decider: Speaker
    title: str
    own_from: int | None  # where the decider's own part starts (its first heading), in article offsets
    ids: set[int] = field(default_factory=set)  # id() of the decider's Raws


def ruling(article: Article, docs, ctx) -> Ruling | None:
    """The decider of a first-person decision signed at its end, or None for any other text."""
    v = vocabulary()
    if not docs:
        return None
    sig = closing_signature(article.text, lambda t: " ".join(t.lower().split()) in v.decider_roles) \
        or _by_line(article, docs, v)
    if sig is None or sum(_first_person(sent) for _, doc in docs for sent in doc.sents) < _MIN_FIRST:
        return None
    p = ctx.cast.person(sig.name.split())
    if p is not None:
        from index.statements.cast import add_roles

        add_roles(p, [sig.title.lower()])
    decider = Speaker(name=p.name if p else sig.name, as_written=sig.name, person=p)
    heads = [s for s in article.subheadings if s.start > docs[0][0].start and _own_heading(article.slice(s), v)]
    return Ruling(decider, sig.title, heads[0].start if heads else None)


def read(ruling: Ruling, docs, bases: list[int], ctx, raws: list[Raw]) -> list[Raw]:
    """The decider's sentences and the parties' positions told without a speech verb."""
    v = vocabulary()
    taken = [(r.span.start, r.span.end) for r in raws if r.speaker.as_written.lower() not in _FIRST]
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        sents = list(doc.sents)
        own_part = ruling.own_from is not None and span.start > ruling.own_from
        for k, a, b in worded_sentences(doc, 0, floor=12):
            sent = sents[k]
            start = span.start + sent.start_char
            if any(x < span.start + b and start < y for x, y in taken):
                continue
            raw_span = Span(start, span.start + b)
            if _first_person(sent) or (own_part and not _reports_another(sent, v)):
                # the decider's own words, as a letter's are its writer's
                r = Raw(speaker=ruling.decider, act="wrote", content=Span(span.start + a, span.start + b),
                        quote_type="direct", span=raw_span, sentence=bases[pi] + k, paragraph=pi)
                ruling.ids.add(id(r))
                out.append(r)
            elif (held := _position(sent, v, ctx, span.start, bases[pi] + k, [*raws, *out])) is not None:
                speaker, verb, held_span = held
                out.append(Raw(speaker=speaker, act=verb, content=held_span or Span(span.start + a, span.start + b),
                               quote_type="indirect", span=raw_span, sentence=bases[pi] + k, paragraph=pi))
    return out


def merge(raws: list[Raw], ruled: list[Raw]) -> list[Raw]:
    """The article's statements with the decision's: a first-person "I" left unnamed gives way."""
    spans = [(r.span.start, r.span.end) for r in ruled]
    kept = [r for r in raws if not (r.speaker.as_written.lower() in _FIRST
                                    and any(a < r.span.end and r.span.start < b for a, b in spans))]
    return sorted([*kept, *ruled], key=lambda r: (r.span.start, r.span.end))


def dated(stmts: list[Statement], raws: list[Raw], ruling: Ruling, published: date | None) -> list[Statement]:
    """The decider's statements on the decision's own date (the document's), or on none."""
    when = (None, published, "publication") if published else (None, None, "none")
    return [replace(st, when_text=when[0], when_start=when[1], when_end=None, date_basis=when[2])
            if id(r) in ruling.ids else st for st, r in zip(stmts, raws)]


def _by_line(article: Article, docs, v) -> Signature | None:
    """"by Ana Ruiz BA MRTPI" above "an Inspector appointed by the Secretary of State": a decision
    that names its decider at its head, by a byline and a line giving the decider's job."""
    name = byline_author(article)
    if name is None:
        return None
    words = name.split()
    while len(words) > 2 and words[-1].isupper():
        words = words[:-1]  # "BA", "MA": letters after the name
    for s in article.subheadings:
        if s.start >= docs[0][0].start:
            break
        line = " ".join(fold(article.slice(s)).lower().split())
        if len(line.split()) > 12:
            continue
        # the line says the writer's job, at its head ("an Inspector appointed by ...", "Tribunal Member")
        head = " ".join(line.split()[:4])
        role = max((r for r in v.decider_roles if re.match(rf"(?:an?\s+|the\s+)?(?:[a-z]+\s+)?{re.escape(r)}\b", head)),
                   key=len, default=None)
        if role is not None:
            return Signature(" ".join(words), role.title())
    return None


def _first_person(sent) -> bool:
    """A sentence with "I", "my" or "me" outside quotation marks."""
    quoted = quote_spans(sent.text)[0]
    base = sent.start_char
    return any(t.lower_ in _FIRST and (t.lower_ != "i" or t.text == "I")
               and not any(a <= t.idx - base < b for a, b in quoted) for t in sent)


def _own_heading(text: str, v) -> bool:
    low = fold(text).lower().strip(" .:")
    if len(low.split()) > 8:
        return False
    return low in v.decision_headings or any(w in v.decision_headings for w in re.findall(r"[a-z']+", low)) \
        or any(" " in h and h in low for h in v.decision_headings)


def _reports_another(sent, v) -> bool:
    """"Mr H told us ...", "she says no", "The firm thought that was worth a call": a speech or
    position verb whose subject is someone else."""
    for t in sent:
        if t.pos_ not in ("VERB", "AUX") or not (v.speech_lemma(t.text) or t.lower_ in v.position_verbs):
            continue
        if any(c.dep_ == "nsubj" and c.lower_ not in _FIRST and c.lower_ not in ("we", "it") for c in t.children):
            return True
    return False


def _position(sent, v, ctx, base: int, sentence: int, earlier: list[Raw]) -> tuple[Speaker, str] | None:
    """(the party, its verb) of "Our investigator thought the firm should pay", "X didn't agree",
    "X refused to refund the rest": a position verb at the sentence's root, a party its subject; a
    "he" or "she" is the one who spoke in the sentence just before ("He said ... He didn't think ...")."""
    root = sent.root
    if root.pos_ != "VERB" or root.lower_ not in v.position_verbs:
        return None
    subj = next((c for c in root.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.lower_ in _FIRST or subj.lower_ in ("we", "they"):
        return None
    said = _what_held(root, base)
    before = next((r for r in reversed(earlier) if r.sentence == sentence - 1), None)
    if subj.lower_ in ("he", "she") and before is not None and before.speaker.name.lower() not in ("he", "she"):
        return before.speaker, *said
    speaker = speaker_of(ctx, subj, base + subj.idx, sentence)
    if (speaker is None or speaker.person is None or " " not in speaker.name) and subj.text[:1].isupper() \
            and (body := full_body(ctx, subj.text)) is not None:
        speaker = Speaker(body, subj.text)  # "Fairhallow refused ...": a body the text named in full before
    if speaker is None or speaker.name.lower() == subj.lower_ and subj.pos_ == "PRON":
        return None
    return speaker, *said


def _what_held(root, base: int) -> tuple[str, Span | None]:
    """(the act, the span of what was held) of a position verb: "thought" and "the firm should pay",
    "refused" and "to refund the rest";
    "did not think" and what follows; "said" and the whole sentence when nothing follows ("X didn't agree")."""
    comp = next((c for c in root.children if c.dep_ in ("ccomp", "xcomp") and c.i > root.i), None)
    if comp is None:
        return "said", None
    toks = list(comp.subtree)
    while toks and toks[-1].is_punct:
        toks.pop()
    if toks and toks[0].dep_ == "mark" and toks[0].lower_ == "that":
        toks = toks[1:]
    negated = any(c.dep_ == "neg" for c in root.children)
    act = f"did not {root.lower_}" if negated and root.tag_ == "VB" else root.lower_
    return act, Span(base + toks[0].idx, base + toks[-1].idx + len(toks[-1])) if toks else None
