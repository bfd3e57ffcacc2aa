"""A quotation credited after a dash, with no speech verb: a fact-check's "THE CLAIM: "Crashes
have halved." - Mayor Jane Doe, in a video posted on 27 May", a pull quote's ""We will
rebuild." -- Tom Reid". The quotation is the credited person's: the person the article's cast knows
by that name, or a name of two to four capitalised words opening with a given name the lexicon
knows, after any title or job ("Mayor", "Dr").
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw
from index.statements.people import clean_name, first_name_gender
from index.statements.speakers_np import Speaker
from index.textnorm import fold
from index.vocabulary import vocabulary

# [LABEL: ]"quotation" - Credit[, the rest]
_CREDITED = re.compile(r'^\s*(?:>\s*)?(?:[A-Z][A-Z ]{1,30}:\s*)?"(?P<quote>[^"]{12,})"'
                       r'(?P<gap>\s*)(?:>\s*)?(?:-{1,2}|–|—|―)\s*(?P<credit>[A-Z][^,;:(\n]{2,80}?)\s*(?:[,;(]|$)')


def read(docs, bases: list[int], ctx) -> list[Raw]:
    """The credited quotations of paragraphs shaped like that."""
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        text = fold(doc.text)
        m = _CREDITED.match(text)
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


def _credit_day(doc, span, after: int) -> list:
    """The day the credit gives the words ("in a video posted ... on 27 May"), as a cue's own time phrase."""
    for ent in doc.ents:
        if ent.label_ == "DATE" and ent.start_char >= after and "year-old" not in ent.text:
            first = doc[ent.start - 1] if ent.start and doc[ent.start - 1].dep_ == "prep" else doc[ent.start]
            return [(Span(span.start + first.idx, span.start + ent.end_char), doc[first.i:ent.end].text, False)]
    return []


def _credited(credit: str, ctx, own_line: bool = False) -> Speaker | None:
    """The person a credit names. A credit on its own line under the quotation (a testimonial's,
    a pull quote's) is a name by layout alone, whatever its given name; on the quotation's line,
    a dash may be the sentence's own, so only a name the article or the lexicon knows."""
    words = clean_name(credit.split())
    if not 1 <= len(words) <= 4 or not all(w[:1].isupper() for w in words):
        return None
    known = ctx.cast.known(" ".join(words)) or (ctx.cast.known(words[-1]) if len(words) > 1 else None)
    if known is not None:
        return Speaker(name=known.name, as_written=credit.strip(), person=known)
    if len(words) >= 2 and (first_name_gender(words[0]) or (own_line and _name_shaped(words))):
        return Speaker(name=" ".join(words), as_written=credit.strip())
    return None


def _name_shaped(words: list[str]) -> bool:
    """Capitalised words that are no role ("Country Director") and hold no digit."""
    v = vocabulary()
    return not any(ch.isdigit() for w in words for ch in w) and not v.is_role(" ".join(words).lower()) \
        and not v.is_role(words[-1].lower())
