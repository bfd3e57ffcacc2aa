"""A quotation credited after a dash, with no speech verb: a fact-check's "THE CLAIM: "Crashes
have halved." - Mayor Jane Doe, in a video posted on 27 May", a pull quote's ""We will
rebuild." -- Tom Reid". The quotation is the credited person's: the person the article's cast knows
by that name, or a name of two to four capitalised words opening with a given name the lexicon
knows, after any title or job ("Mayor", "Dr").
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements import letters
from index.statements.attribution import Raw
from index.statements.people import clean_name, first_name_gender, fold_marks
from index.statements.speakers_np import Speaker
from index.textnorm import fold
from index.vocabulary import vocabulary

# [LABEL: ]"quotation" - Credit[, the rest]
_CREDITED = re.compile(r'^\s*(?:>\s*)?(?:[A-Z][A-Z ]{1,30}:\s*)?"(?P<quote>[^"]{12,})"'
                       r'(?P<gap>\s*)(?:>\s*)?(?:-{1,2}|–|—|―)\s*(?P<credit>[A-Z][^,;:(\n]{2,80}?)\s*(?:[,;(]|$)')


# ...quotation's last words" / - Credit, on the paragraph's last line: the end of a quotation
# that may have opened paragraphs before
_CREDIT_LINE = re.compile(r'"[ \t]*\n\s*(?:>\s*)?(?:-{1,2}|–|—|―)\s*(?P<credit>[A-Z][^,;:(\n]{2,80}?)\s*(?:[,;(][^\n]*)?$')


def read(docs, bases: list[int], ctx) -> list[Raw]:
    """The credited quotations of paragraphs shaped like that."""
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        text = fold(doc.text)
        m = _CREDITED.match(text)
        out += _opened_before(docs, bases, pi, text, m, ctx)
        out += _credited_below(docs, bases, pi, text, ctx)
        out += _undashed(docs, bases, pi, text, ctx) if m is None else []
        if m is None:
            continue
        who = _credited(m.group("credit"), ctx, own_line="\n" in m.group("gap"))
        if who is None:
            continue
        a, b = span.start + m.start("quote"), span.start + m.end("quote")
        while b > a and doc.text[b - span.start - 1] in " .,;":
            b -= 1
        raw = Raw(speaker=who, act="said", content=Span(a, b), quote_type="direct",
                  span=Span(span.start, span.start + m.end("credit")), sentence=bases[pi], paragraph=pi)
        raw.times = _credit_day(doc, span, m.end("quote"))
        out.append(raw)
    return out


# - Credit[, the rest] as a paragraph of its own, under a paragraph that is one quotation (a
# panel's or a label's layout, a blank line between)
_CREDIT_PARAGRAPH = re.compile(r'^\s*(?:-{1,2}|–|—|―)\s*(?P<credit>[A-Z][^,;:(\n]{2,80}?)\s*(?:[,;(][^\n]*)?$')
_WHOLE_QUOTE = re.compile(r'^\s*"(?P<quote>[^"]{12,})"\s*$')


# "quotation" Name Surname, role, recorded in 1978: an oral-history credit after the quotation with
# no dash, the paragraph's end; it must say it is a recording or give a year
_UNDASHED = re.compile(r'^\s*"(?P<quote>[^"]{12,})"\s+(?P<credit>[A-Z][\w\'’.-]+(?:\s+[A-Z][\w\'’.-]+){1,3}),\s+'
                       r'(?P<rest>[^"\n]{0,80}\b(?:recorded|interviewed|interview|oral history|(?:1[89]|20)\d\d)\b[^"\n]{0,40})$')
_VERB = re.compile(r"\b(?:said|says|told|tells|added|adds|asked|asks|left|walked|went|shook|was|is)\b")


def _undashed(docs, bases: list[int], pi: int, text: str, ctx) -> list[Raw]:
    m = _UNDASHED.match(text)
    if m is None or _VERB.search(m.group("rest")):
        return []
    who = _credited(m.group("credit"), ctx)
    if who is None:
        return []
    span, doc = docs[pi]
    a, b = m.start("quote"), m.end("quote")
    while b > a and doc.text[b - 1] in " .,;":
        b -= 1
    raw = Raw(speaker=who, act="said", content=Span(span.start + a, span.start + b), quote_type="direct",
              span=Span(span.start, span.start + len(doc.text)), sentence=bases[pi], paragraph=pi)
    raw.times = _credit_day(doc, span, m.end("credit"))
    return [raw]


def _credited_below(docs, bases: list[int], pi: int, text: str, ctx) -> list[Raw]:
    """The quotation of the paragraph before, when this paragraph is its credit line alone."""
    m = _CREDIT_PARAGRAPH.match(text)
    if m is None or not pi or len(text) > 160:
        return []
    span, doc = docs[pi - 1]
    q = _WHOLE_QUOTE.match(fold(doc.text))
    who = _credited(m.group("credit"), ctx, own_line=True) if q else None
    if who is None:
        return []
    a, b = q.start("quote"), q.end("quote")
    while b > a and doc.text[b - 1] in " .,;":
        b -= 1
    raw = Raw(speaker=who, act="said", content=Span(span.start + a, span.start + b), quote_type="direct",
              span=Span(span.start, docs[pi][0].start + m.end("credit")), sentence=bases[pi - 1], paragraph=pi - 1)
    raw.times = _credit_day(docs[pi][1], docs[pi][0], m.end("credit"))
    return [raw]


def merge(raws: list[Raw], credited: list[Raw]) -> list[Raw]:
    """The statements with the credited quotations: a quotation credited under its own paragraph is
    the credited person's, not a speaker carried over from a paragraph before it (a "week in
    quotes" column stacks quotations of different people, each credited only by its dash line)."""
    paragraphs = {r.paragraph for r in credited}
    kept = [r for r in raws if not (r.paragraph in paragraphs and r.continued
                                    and (r.source is None or r.source.paragraph != r.paragraph))]
    return letters.merge(kept, credited)


def _opened_before(docs, bases: list[int], pi: int, text: str, m, ctx) -> list[Raw]:
    """A quotation over several paragraphs closed by the credit line under its last one (a news
    release's "Quotes" section): each paragraph before that opens a quotation and leaves it open
    ("For too long ... changes that.") is the credited person's, and so is the last paragraph's
    text when it has no opening mark of its own (the credit's `m` did not match it)."""
    tail = _CREDIT_LINE.search(text)
    if tail is None:
        return []
    opened = []
    for j in range(pi - 1, max(-1, pi - 6), -1):
        before = fold(docs[j][1].text)
        if not (before.lstrip().startswith('"') and before.count('"') % 2):
            break
        opened.append(j)
    if not opened:
        return []
    who = _credited(tail.group("credit"), ctx, own_line=True)
    if who is None:
        return []
    out = []
    parts = [(j, 0, len(fold(docs[j][1].text))) for j in reversed(opened)]
    if m is None and '"' not in text[:tail.start()]:
        parts.append((pi, 0, tail.start()))
    for j, a, b in parts:
        span, doc = docs[j]
        body = doc.text
        while a < b and body[a] in ' "\u201c\n':
            a += 1
        while b > a and body[b - 1] in ' .,;"\u201d\n':
            b -= 1
        if b - a < 12:
            continue
        raw = Raw(speaker=who, act="said", content=Span(span.start + a, span.start + b), quote_type="direct",
                  span=Span(span.start, span.start + len(body)), sentence=bases[j], paragraph=j)
        out.append(raw)
    return out


# a credited person's years in brackets ("Edna Roe (1915-2002), weaver, recorded in 1978"): their
# life, not the day of the words
_LIFESPAN = re.compile(r"\(?\d{4}\s*[-–]\s*\d{2,4}\)?")


def _credit_day(doc, span, after: int) -> list:
    """The day the credit gives the words ("in a video posted ... on 27 May"), as a cue's own time phrase."""
    for ent in doc.ents:
        if ent.label_ == "DATE" and ent.start_char >= after and "year-old" not in ent.text \
                and not _LIFESPAN.fullmatch(ent.text.strip()) and doc.text[max(0, ent.start_char - 1):ent.start_char] != "(":
            first = doc[ent.start - 1] if ent.start and doc[ent.start - 1].dep_ == "prep" else doc[ent.start]
            return [(Span(span.start + first.idx, span.start + ent.end_char), doc[first.i:ent.end].text, False)]
    return []


def _credited(credit: str, ctx, own_line: bool = False) -> Speaker | None:
    """The person a credit names. A credit on its own line under the quotation (a testimonial's,
    a pull quote's) is a name by layout alone, whatever its given name; on the quotation's line,
    a dash may be the sentence's own, so only a name the article or the lexicon knows."""
    words = clean_name(credit.split())
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return _credited_by_shape(credit, ctx) if own_line else None
    known = ctx.cast.known(" ".join(words)) or (ctx.cast.known(words[-1]) if len(words) > 1 else None)
    if known is not None and len(words) > 1 and len(known.name.split()) > 1 \
            and fold_marks(known.name.split()[0]).lower() != fold_marks(words[0]).lower():
        # "Dónal Óg Ó Duibhir" beside his father "Peadar Ó Duibhir": another person of that surname
        known = ctx.cast.person(words)
    if known is not None:
        return Speaker(name=known.name, as_written=credit.strip(), person=known)
    if len(words) >= 2 and (first_name_gender(words[0]) or (own_line and _name_shaped(words))):
        return Speaker(name=" ".join(words), as_written=credit.strip())
    return _credited_by_shape(credit, ctx) if own_line else None


# "Department of Parks statement", "Harbour Board spokesperson": a body's words under its quotation
_BODY_CREDIT = re.compile(r"^(?P<body>[A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|of|for|and|the|&))*)\s+"
                          r"(?:statement|spokesperson|spokesman|spokeswoman|press office|press service)$")


def _credited_by_shape(credit: str, ctx) -> Speaker | None:
    """A credit on its own line whose job or place comes before the name ("Riverside United
    chairman Ann Roe", "Pharmacist Ann Roe"): the name is the capitalised words after the last
    word in lower case, or after a job word; a body's statement is the body's."""
    words = credit.split()
    if (body := _BODY_CREDIT.match(credit.strip())) is not None:
        return Speaker(name=body.group("body"), as_written=credit.strip())
    lower = [i for i, w in enumerate(words) if not w[:1].isupper()]
    tail = words[lower[-1] + 1:] if lower else words
    v = vocabulary()
    while len(tail) > 2 and (v.is_role(tail[0].lower()) or v.is_title(tail[0])):
        tail = tail[1:]
    if tail is not words and 2 <= len(tail) <= 4 and _name_shaped(tail):
        return Speaker(name=" ".join(tail), as_written=credit.strip())
    if len(tail) == 3 and _name_shaped(tail[1:]) and not first_name_gender(tail[0]) and first_name_gender(tail[1]):
        return Speaker(name=" ".join(tail[1:]), as_written=credit.strip())  # "Pharmacist Ann Roe"
    return None


def _name_shaped(words: list[str]) -> bool:
    """Capitalised words that are no role ("Country Director") and hold no digit."""
    v = vocabulary()
    return not any(ch.isdigit() for w in words for ch in w) and not v.is_role(" ".join(words).lower()) \
        and not v.is_role(words[-1].lower())
