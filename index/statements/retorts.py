"""An exchange told in one sentence of a court report: "Counsel replied that the Board \"follows
the procedure,\" to which the Judge remarked, \"Then perhaps the procedure needs to change.\"" Two
speakers: the reply is counsel's, the retort after "to which" the judge's. Both are named by their
part only, so each is the person of that part the sentence before names ("Justice X questioned the
Board's counsel, Advocate Y, on ..."): the judge by the title before the name, counsel by the
word before theirs.
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold

_PART = r"(?:[Cc]ounsel|[Tt]he (?:[Jj]udge|[Jj]ustice|[Bb]ench|[Cc]ounsel|[Aa]dvocate))"
_EXCHANGE = re.compile(rf"(?P<a>{_PART}) (?P<act>replied|responded|answered|said|submitted|argued) that (?P<c1>[^.]+?),?\s*"
                       rf"to which (?P<b>{_PART}) (?P<act2>remarked|replied|said|observed|retorted|responded|asked)[,:]?\s*"
                       r"\"(?P<c2>[^\"]+)\"")
_JUDGE = re.compile(r"\b(?:Justice|Judge)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
_COUNSEL = re.compile(r"\b(?:[Aa]dvocate|[Cc]ounsel|[Bb]arrister|[Ss]olicitor),?\s+(?:(?:Senior\s+)?Advocate\s+|Mr\.?\s+|Ms\.?\s+)?"
                      r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")


def read(docs, bases: list[int], ctx) -> list[Raw]:
    out: list[Raw] = []
    for pi, (span, doc) in enumerate(docs):
        sents = list(doc.sents)
        for k, sent in enumerate(sents):
            m = _EXCHANGE.search(fold(sent.text))
            if m is None or k == 0:
                continue
            before = sents[k - 1].text
            a, b = _who(m.group("a"), before, ctx), _who(m.group("b"), before, ctx)
            if a is None or b is None or a.name == b.name:
                continue
            base = span.start + sent.start_char
            whole = Span(base, span.start + sent.end_char)
            c1 = m.group("c1").rstrip(' ,"')
            out.append(Raw(speaker=a, act=m.group("act"), content=Span(base + m.start("c1"), base + m.start("c1") + len(c1)),
                           quote_type="mixed", span=whole, sentence=bases[pi] + k, paragraph=pi,
                           cue=_cue(sent, m, "act", "c1", len(c1))))
            out.append(Raw(speaker=b, act=m.group("act2"), content=Span(base + m.start("c2"), base + m.end("c2")),
                           quote_type="direct", span=whole, sentence=bases[pi] + k, paragraph=pi,
                           cue=_cue(sent, m, "act2", "c2", len(m.group("c2")))))
    return out


def _cue(sent, m, act: str, content: str, length: int) -> tuple:
    """(verb token, content tokens, subject tokens) in the paragraph's parse, as attribution gives them."""
    verb = next((t.i for t in sent if t.idx - sent.start_char == m.start(act)), None)
    a = sent.start_char + m.start(content)
    said = {t.i for t in sent if a <= t.idx < a + length}
    return (verb, said, set()) if verb is not None else ()


def _who(part: str, before: str, ctx) -> Speaker | None:
    low = part.lower()
    found = (_COUNSEL if "counsel" in low or "advocate" in low else _JUDGE).findall(before)
    people = set()
    for name in found:
        people |= {p.name for p in ctx.cast.people if p.name == name or p.name.split()[-1] == name.split()[-1]}
    if len(people) == 1:
        p = next(q for q in ctx.cast.people if q.name in people)
        return Speaker(name=p.name, as_written=part, person=p)
    if not people and len(set(found)) == 1 and len(found[0].split()) >= 2:  # a full name the cast missed
        return Speaker(name=found[0], as_written=part)
    return None


def merge(raws: list[Raw], told: list[Raw]) -> list[Raw]:
    """The statements, the exchange's two in place of what was read of its sentence."""
    if not told:
        return raws
    spans = {(r.span.start, r.span.end) for r in told}
    kept = [r for r in raws if not any(a <= r.content.start < b for a, b in spans)]
    return sorted([*kept, *told], key=lambda r: (r.span.start, r.span.end))
