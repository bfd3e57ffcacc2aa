"""A public inquiry's or a court's line-numbered hearing transcript: who says which turn.

The cover block names the office holders ("Chair: Sir X", "Counsel to the Inquiry: Ms Y"); a
labelled turn is its speaker's ("THE CHAIR:", "MS Y:", "MR Z:"); a witness is sworn in by a block
of their own ("MR ANN ROE (affirmed)", then "Questions by COUNSEL TO THE INQUIRY"), after which
every "A." is the witness's answer and every "Q." the examiner's question, which states nothing,
though what it reports of a third person still is a statement. Time marks and adjournments
("(10.00 am)", "(The luncheon adjournment)") are no one's. The turns are the layout
`index.line_numbered` cuts; the result is an `index.statements.transcript.Transcript`, merged and
dated as an interview's turns are (at the hearing's day, the transcript's date).
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta

from index import line_numbered
from index.datelines import DATE, parse_date
from index.models import Article
from index.statements.speakers_np import Speaker
from index.statements.transcript import Transcript, _speaker, add_turn
from index.statements.turns import _cased
from index.textnorm import fold

# a witness sworn in: "MR ANN ROE (affirmed)", "DR ANN ROE-HALE (sworn)"
_WITNESS = re.compile(rf"^\s*(?:{line_numbered.TITLE}\.?\s+)?(?P<name>[A-Z][A-Z'’\-]+(?: [A-Z][A-Z'’\-]+){{1,4}})"
                      rf"\s*{line_numbered.SWORN}\s*$")
# who examines: "Questions by COUNSEL TO THE INQUIRY", "Cross-examined by MS ROE"
_EXAMINER = re.compile(rf"^\s*{line_numbered.EXAMINED}\s+(?P<who>.+?)\s*$")
_QA = re.compile(r"^\s*(?P<qa>[QA])[.:]\s+")
_LABEL = re.compile(r"^\s*(?P<label>[A-Z][A-Z'’.\-]+(?: [A-Z][A-Z'’.\-]+){0,4})\s*:\s+")
# the cover block's office holders: "Chair: Sir Ann Roe", "Counsel to the Inquiry: Ms Jo Hale"
_HOLDER = re.compile(r"^\s*(?P<office>[A-Z][A-Za-z ]{1,50}?)\s*:\s*(?P<name>(?:[A-Z][\w.'’-]*\s+){1,5}[A-Z][\w'’-]+)\s*$")
_TITLES = re.compile(r"^(?:(?:Sir|Dame|Lord|Lady|Mr|Mrs|Ms|Miss|Dr|Professor|Prof|Judge|Justice|Hon|The Hon|His Honour|Her Honour|"
                     r"The Right Honourable|Rt Hon|The Rt Hon)\.?\s+)+")
_POST_NOMINALS = re.compile(r"(?:,?\s+(?:KC|QC|SC|CBE|OBE|MBE|DBE|KBE|FRS|FREng))+\s*$")
# a label that is a title and a surname: "MR DALGLISH", "MS ROE"
_TITLED = re.compile(rf"^{line_numbered.TITLE}\.?\s+(?P<surname>[A-Z][A-Z'’\-]+)$")
_STAGE = re.compile(r"^\s*\([^()]*\)\s*$")


def read(article: Article, docs, bases: list[int], ctx, published: date | None = None) -> Transcript | None:
    """The hearing's turns, or None when the article is no line-numbered transcript."""
    if not line_numbered.holds_transcript(article.text):
        return None
    first = docs[0][0].start if docs else len(article.text)
    holders = {}  # "chair" -> "Ann Roe", from the cover block above the first turn
    for s in article.subheadings:
        if s.start < first and (m := _HOLDER.match(fold(article.slice(s)))):
            holders[m.group("office").lower()] = _POST_NOMINALS.sub("", _TITLES.sub("", m.group("name")))
    out = Transcript()
    witness = current = None
    occasion = None  # the day the latest question asks about
    for pi, ((span, doc), base) in enumerate(zip(docs, bases)):
        line = fold(article.text[span.start:span.end])
        if m := _WITNESS.match(line):
            occasion = None
            witness, current = Speaker(name=_cased(m.group("name")), as_written=m.group(0).strip()), None
            out.witnesses.add(witness.name)
            out.asked.add(pi)
            continue
        if _EXAMINER.match(line):
            current = None
            out.asked.add(pi)
            continue
        if _STAGE.match(line):
            current = None
            out.asked.add(pi)
            continue
        if m := _QA.match(line):
            if m.group("qa") == "Q" or witness is None:
                occasion = _asked_day(line) or occasion
                out.asked.add(pi)  # (the examiner's question: it asks, states nothing)
                out.examined.add(pi)
                continue
            out.answered.add(pi)
            if occasion:
                out.occasions[pi] = occasion
            add_turn(out, witness, span, doc, base, pi, m.end(), asserted_only=True)
            continue
        if m := _LABEL.match(line):
            current = _holder(m.group("label"), holders, ctx)
            out.answered.add(pi)
            add_turn(out, current, span, doc, base, pi, m.end())
            continue
        if current is not None:  # (a turn the layout split: what runs on after a page's note)
            out.answered.add(pi)
            add_turn(out, current, span, doc, base, pi)
    # the courtesies of the floor ("Good morning.", "Thank you, Chair.") and a bare "Yes, I was."
    # assert nothing a reader would ask after
    out.raws = [r for r in out.raws if not _COURTESY.match(fold(article.text[r.content.start:r.content.end]))]
    return out if out.answered or out.asked else None


_COURTESY = re.compile(r"^\s*(?:(?:good (?:morning|afternoon|evening)|thank you(?: (?:very|so) much)?|thanks|yes|no|indeed|"
                       r"i see|i do|i did|i was|i am|i have|i had|that's right|that is right|correct|right|"
                       r"(?:yes|no),? (?:i|it|we|that|he|she|they) \w+(?: not|n't)?)\b[^.?!]{0,30}[.?!]?\s*$|\S+(?:\s+\S+){0,1}\s*$)", re.I)


# "on the night of 4 November 2025", "on 4 November 2025": a whole day the question names
_ASKED_DAY = re.compile(rf"\bon (?:the (?:night|evening|morning|afternoon) of )?(?:\w+day,? )?(?P<day>{DATE})", re.I)


def _asked_day(question: str) -> tuple[str, date] | None:
    m = _ASKED_DAY.search(" ".join(line_numbered.blanked(question).split()))
    if m is None:
        return None
    year, month, dom = parse_date(m.group("day"))
    return (m.group(0), date(year, month, dom)) if year and month and dom else None


# what a witness relays of "the next morning": the day after the one asked about
_NEXT_DAY = re.compile(r"\b(?:the )?(?:next|following) (?:morning|day|afternoon|evening)\b|\bthe day after\b", re.I)


def relayed_dated(stmts: list, raws: list, t: Transcript, text: str) -> list:
    """Words a witness's answer relays from someone else ("He told me to wait ..."), dated at the
    day the question asks about, not at the hearing; "the next morning" at the day after."""
    if not t.occasions:
        return stmts
    own = {id(r) for r in t.raws}
    out = []
    for st, r in zip(stmts, raws):
        occasion = t.occasions.get(r.paragraph)
        if occasion is None or id(r) in own or st.date_basis not in ("publication", "context", "none"):
            out.append(st)
            continue
        phrase, day = occasion
        if (nxt := _NEXT_DAY.search(st.when_text or "") or _NEXT_DAY.search(text[st.start:st.end])) is not None:
            phrase, day = nxt.group(0), day + timedelta(days=1)
        out.append(replace(st, when_text=phrase, when_start=day, when_end=None, date_basis="context"))
    return out


def unasked(raws: list, t: Transcript, text: str) -> list:
    """Counsel's question is no one's statement, though it names a speech ("Did Mr X ever say to you
    that he regretted the delay?"): what counsel puts as a fact ("Your statement says he did not
    approve it.") still reports it."""
    return [r for r in raws if r.paragraph not in t.examined or not text[r.span.start:r.span.end].rstrip().endswith("?")]


_PRONOUN_GENDER = {"he": "male", "him": "male", "she": "female", "her": "female"}


def rebound(raws: list, t: Transcript, ctx) -> list:
    """A witness's "He told me to wait ..." is someone else's words: a witness speaks of themself as
    "I", so a "he" or "she" in their answer read as the witness is the person of that gender named
    last before it who is no witness (the supervisor a question named)."""
    if not t.witnesses:
        return raws
    folded = {w.lower() for w in t.witnesses}
    out = []
    for r in raws:
        gender = _PRONOUN_GENDER.get(r.speaker.as_written.lower())
        if gender is None or r.paragraph not in t.answered or _cased(r.speaker.name).lower() not in folded:
            out.append(r)
            continue
        before = [m.person for m in ctx.cast.mentions if m.pos < r.span.start and _cased(m.person.name).lower() not in folded
                  and m.person.gender in (gender, None)]
        if before:
            p = before[-1]
            r = replace(r, speaker=Speaker(name=_cased(p.name), as_written=r.speaker.as_written, person=p))
        out.append(r)
    return out


def _holder(label: str, holders: dict[str, str], ctx) -> Speaker:
    """A label's speaker: the cover block's holder of the office it names ("THE CHAIR"), or whose
    surname it gives ("MS HALE"), else as the cast or the label itself gives it."""
    office = re.sub(r"^the ", "", label.lower())
    if office in holders:
        return Speaker(name=holders[office], as_written=label)
    surname = label.split()[-1].lower()
    named = [n for n in holders.values() if n.split()[-1].lower() == surname]
    if len(set(named)) == 1 and len(label.split()) >= 2:
        return Speaker(name=named[0], as_written=label)
    if titled := _TITLED.match(label):  # "MR DALGLISH": the one person of that surname the transcript names
        people = {_cased(p.name): p for p in ctx.cast.people
                  if len(p.name.split()) >= 2 and p.name.split()[-1].lower() == titled.group("surname").lower()}
        if len(people) == 1:
            name, p = next(iter(people.items()))
            return Speaker(name=name, as_written=label, person=p)
    return _speaker(label, ctx, [], None)
