"""Words a witness heard someone else say, quoted inside the witness's account: "She stated that
she heard the master say \"I have no control\"", "He said he heard Ann Roe shout \"Get out\"". The
account is the witness's; the quotation is the one heard, a statement of its own (the person named,
or the one the text introduced with that role: "The master, Captain X, ...").
"""

from __future__ import annotations

import re

from index.models import Span
from index.statements.attribution import Raw
from index.statements.speakers_np import Speaker
from index.textnorm import fold

_HEARD = re.compile(r"\b(?:heard|hear|hears|overheard)\s+(?P<who>(?:the|her|his|their)\s+[a-z][a-z -]{1,30}?|"
                    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})\s+(?:say|said|shout|shouted|call out|cry|tell \w+)\s*[,:]?\s*"
                    r"\"(?P<quote>[^\"]{3,})\"")


def read(raws: list[Raw], text: str, ctx) -> list[Raw]:
    """A statement of the heard speaker for each quotation a statement's words report hearing."""
    folded = fold(text)
    out: list[Raw] = []
    for r in raws:
        for m in _HEARD.finditer(folded, r.content.start, r.content.end + 1):
            who = _speaker(m.group("who"), r.span.start, r.sentence, ctx, folded)
            if who is None or who.name == r.speaker.name:
                continue
            a, b = m.start("quote"), m.end("quote")
            out.append(Raw(speaker=who, act="said", content=Span(a, b), quote_type="direct",
                           span=Span(a, b), sentence=r.sentence, paragraph=r.paragraph))
    return out


def _speaker(words: str, pos: int, sentence: int, ctx, text: str) -> Speaker | None:
    """The person a name or "the <role>" stands for: named by the cast, or the one holding the role
    (the cast's, or the one the text introduced with it: "The master, Captain X, was on the bridge")."""
    low = words.lower()
    if low.split()[0] in ("the", "her", "his", "their"):
        role = " ".join(low.split()[1:])
        p = ctx.cast.antecedent(pos, sentence, role=role, far=True)
        if p is None:
            holders = {q.name: q for q in ctx.cast.people if role in q.roles}
            for m in re.finditer(rf"\b[Tt]he {re.escape(role)}, ([^,.;]{{3,60}})", text[:pos]):
                holders.update({q.name: q for q in ctx.cast.people if len(q.name.split()) >= 2 and q.name in m.group(1)})
            p = next(iter(holders.values())) if len(holders) == 1 else None
        return Speaker(name=p.name, as_written=words, person=p) if p is not None else None
    same = [q for q in ctx.cast.people if q.name == words or q.name.split()[-1] == words.split()[-1]]
    return Speaker(name=same[0].name, as_written=words, person=same[0]) if len(same) == 1 else None


def merge(raws: list[Raw], heard: list[Raw]) -> list[Raw]:
    """The statements with the heard quotations beside the accounts that hold them (both kept)."""
    if not heard:
        return raws
    return sorted([*raws, *heard], key=lambda r: (r.span.start, r.span.end))
