"""A police witness statement on the standard form: the witness's first-person narrative.

    OFFICIAL - SENSITIVE (when complete)                MG 11
    WITNESS STATEMENT
    Statement of: Ann Roe
    Age if under 18: Over 18        Occupation: Florist
    This statement ... is true to the best of my knowledge and belief ...
    Signature: A ROE                Date: 23/09/2026
    I am the owner of ... On Saturday 12th September I opened ... He said, "..."
    Statement taken by: PC 123 Bo Tarr   Date: ...   Time: ...   Place: ...

The narrative (between the signature line and "Statement taken by") is the witness's: a sentence
whose subject is "I" or "we" is hers whatever else it holds ("I have told Mr X what happened"), and
one of her first person that no one else is said to say. Words she relays are their speaker's: a
bare "he"/"she" is the last person of that gender the paragraph brought in before it (a name, or
"a man I did not know"), not someone named later or in another paragraph; and they are said on
the last day the narrative has given before them ("On Saturday 12th September ..."), not on the
day the statement was signed. Her own words keep the statement's day (the article's).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from index.datelines import MONTH, WEEKDAY
from index.form_titles import STATEMENT_OF
from index.models import Article, Span
from index.statements.attribution import Raw, quote_spans
from index.statements.people import clean_name, first_name_gender
from index.statements.speakers_np import Speaker
from index.textnorm import fold
from index.vocabulary import vocabulary

_TAKEN = re.compile(r"^\s*Statement taken by\s*:", re.I | re.M)
_SIGNED = re.compile(r"^\s*Signature\s*:[^\n]*$", re.I | re.M)
_DECLARED = re.compile(r"true to the best of my knowledge and belief", re.I)
# a day the narrative gives: "On Saturday 12th September 2026", "on Monday 14th September", "on 14th September"
_DAY = re.compile(rf"\b(?:(?:{WEEKDAY})\s+)?\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{MONTH})\b(?:\s+(?:19|20)\d\d)?", re.I)
_FIRST = {"i", "we"}
_OWN = {"i", "me", "my", "mine", "myself", "we", "us", "our"}
_PRONOUNS = {"he": "male", "she": "female"}
_FEMALE_WORDS = {"woman", "girl", "lady", "mrs", "ms", "miss", "mother", "daughter", "wife", "sister"}
_MALE_WORDS = {"man", "boy", "gentleman", "mr", "father", "son", "husband", "brother"}


@dataclass(frozen=True)
class Form:
    witness: Speaker
    start: int  # the narrative's first character (after the signature line)
    end: int  # where "Statement taken by" begins, else the text's end


def form(article: Article, ctx) -> Form | None:
    """The witness and the narrative's bounds, or None unless the page is such a statement."""
    text = fold(article.text)
    m = STATEMENT_OF.search(text)
    signed = _SIGNED.search(text)
    if m is None or signed is None or not (_TAKEN.search(text) or _DECLARED.search(text)):
        return None
    words = clean_name(m.group("name").split()) or m.group("name").split()
    name = " ".join(words)
    person = next((p for p in ctx.cast.people if p.name == name), None)
    taken = _TAKEN.search(text, signed.end())
    return Form(Speaker(name=name, as_written=m.group("name").strip(), person=person), signed.end(), taken.start() if taken else len(text))


def settle(article: Article, docs, bases: list[int], ctx, raws: list[Raw]) -> list[Raw]:
    """`raws` read as a witness statement's, when the page is one: relayed words to the right
    person and day, the witness's own sentences hers."""
    f = form(article, ctx)
    if f is None:
        return raws
    text = fold(article.text)
    days = [(m.start(), m.group(0)) for m in _DAY.finditer(text, f.start, f.end)]
    mine = _own_sentences(docs, bases, f, text)
    out = []
    for r in raws:
        if not (f.start <= r.span.start < f.end):
            out.append(r)
            continue
        if r.sentence in mine:
            continue  # "I have told Mr X what happened": the witness's sentence, read below
        pi = r.paragraph
        doc = docs[pi][1]
        at = docs[pi][0].start + doc[min(r.cue[2])].idx if r.cue and r.cue[2] and max(r.cue[2]) < len(doc) else r.span.start
        if r.speaker.as_written.lower() in _PRONOUNS and not _named_before(r.speaker.name, text, docs[pi][0].start, at) \
                and (who := _last_person(docs[pi], at, r.speaker.as_written.lower(), ctx)):
            r = replace(r, speaker=who)  # (a man the paragraph named before the pronoun keeps it)
        if not r.times and (before := [d for d in days if d[0] < r.span.start]):
            at, phrase = before[-1]
            r = replace(r, times=[(Span(at, at + len(phrase)), phrase, False)])
        out.append(r)
    for n, (a, b, pi) in sorted(mine.items()):
        out.append(Raw(speaker=f.witness, act="stated", content=Span(a, b), quote_type="direct", span=Span(a, b),
                       sentence=n, paragraph=pi))
    taken = [(r.span.start, r.span.end) for r in out]
    for (n, a, b, pi) in _first_person(docs, bases, f, text):
        if n not in mine and not any(x < b and a < y for x, y in taken):
            out.append(Raw(speaker=f.witness, act="stated", content=Span(a, b), quote_type="direct", span=Span(a, b),
                           sentence=n, paragraph=pi))
    return sorted(out, key=lambda r: (r.span.start, r.span.end))


def _sentences(docs, bases, f: Form):
    for pi, (span, doc) in enumerate(docs):
        if span.end <= f.start or span.start >= f.end:
            continue
        qs, _ = quote_spans(fold(doc.text))
        for k, sent in enumerate(doc.sents):
            a, b = span.start + sent.start_char, span.start + sent.end_char
            if f.start <= a < f.end and len(sent.text.split()) >= 3:
                yield bases[pi] + k, a, b, pi, sent, [(span.start + x, span.start + y) for x, y in qs]


def _own_sentences(docs, bases, f: Form, text: str) -> dict[int, tuple[int, int, int]]:
    """The narrative's sentences whose main verb's subject is the witness ("I", "we")."""
    out = {}
    for n, a, b, pi, sent, qs in _sentences(docs, bases, f):
        root = sent.root
        if any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in _FIRST and not _inside(docs[pi][0].start + c.idx, qs)
               for c in root.children):
            out[n] = (a, b, pi)
    return out


def _first_person(docs, bases, f: Form, text: str):
    """The narrative's sentences that say "I", "my", "me" outside quotation marks."""
    for n, a, b, pi, sent, qs in _sentences(docs, bases, f):
        if any(t.lower_ in _OWN and not _inside(docs[pi][0].start + t.idx, qs) for t in sent):
            yield n, a, b, pi


def _inside(at: int, spans) -> bool:
    return any(x <= at < y for x, y in spans)


def _named_before(name: str, text: str, start: int, at: int) -> bool:
    """Whether the paragraph names `name` (or a word of it) before `at`."""
    return any(len(w) > 2 and re.search(rf"\b{re.escape(w)}\b", text[start:at]) for w in name.split())


def _last_person(doc_pair, before: int, pronoun: str, ctx) -> Speaker | None:
    """The last person of the pronoun's gender the paragraph brings in before `before`: a name, or
    a person noun ("a man I did not know" -> "the man"); a place or a thing is no one."""
    span, doc = doc_pair
    v = vocabulary()
    want = _PRONOUNS[pronoun]
    found = None
    for ent in doc.ents:
        if span.start + ent.end_char <= before and ent.label_ == "PERSON":
            words = clean_name(ent.text.split()) or ent.text.split()
            prev = doc[ent.start - 1].lower_.rstrip(".") if ent.start > 0 else ""
            gender = "female" if prev in _FEMALE_WORDS else "male" if prev in _MALE_WORDS else first_name_gender(words[0])
            if gender in (want, None) and len(words) >= 1:
                known = ctx.cast.known(" ".join(words))
                found = (ent.start_char, Speaker(name=known.name if known else " ".join(words), as_written=ent.text, person=known))
    for t in doc:
        if span.start + t.idx >= before or t.pos_ != "NOUN" or t.lower_ not in v.person_nouns:
            continue
        gender = "female" if t.lower_ in _FEMALE_WORDS else "male" if t.lower_ in _MALE_WORDS else None
        if gender == want and t.dep_ in ("nsubj", "nsubjpass") and (found is None or t.idx > found[0]):
            found = (t.idx, Speaker(name=f"the {t.lower_}", as_written=f"the {t.lower_}", generic=True))
    return found[1] if found else None
